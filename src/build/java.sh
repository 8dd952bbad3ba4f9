# The JDK ./brief runs on, and the one its start-up archive is built for (POSIX sh, sourced by
# ./brief and src/build/archive.sh): the newest installed JDK 25 or newer, found by reading each
# JDK's `release` file (no JVM is started), else `java` on PATH. BRIEF_JAVA_HOME names one to use.
# Sets java (the command), java_major and java_version (JAVA_RUNTIME_VERSION; empty if unknown).
# pick_java fails, saying why on standard error, only when BRIEF_JAVA_HOME names no JDK: the user
# chose that one, so no other is used instead.

# release_of HOME: sets major and version from HOME/release; fails if there is none.
release_of() {
  major= version=
  [ -f "$1/release" ] && [ -x "$1/bin/java" ] || return 1
  while IFS='=' read -r key value; do
    value=${value#\"} value=${value%\"}
    case $key in
      JAVA_VERSION) major=${value%%[.+-]*} ;;
      JAVA_RUNTIME_VERSION) version=$value ;;
    esac
  done <"$1/release"
  case $major in '' | *[!0-9]*) return 1 ;; esac
}

pick_java() {
  java=java java_major= java_version=
  if [ -n "${BRIEF_JAVA_HOME:-}" ]; then
    if ! release_of "$BRIEF_JAVA_HOME"; then
      echo "brief: BRIEF_JAVA_HOME=$BRIEF_JAVA_HOME is not a JDK (no bin/java or release file)" >&2
      return 1
    fi
    java=$BRIEF_JAVA_HOME/bin/java java_major=$major java_version=$version
    return 0
  fi
  best=0
  for home in "${JAVA_HOME:-/nonexistent}" /usr/lib/jvm/* /opt/java/* /opt/jdk* \
    /Library/Java/JavaVirtualMachines/*/Contents/Home "${HOME:-/nonexistent}"/.sdkman/candidates/java/*; do
    if release_of "$home" && [ "$major" -ge 25 ] && [ "$major" -gt "$best" ]; then
      best=$major java=$home/bin/java java_major=$major java_version=$version
    fi
  done
  [ "$best" -gt 0 ] && return 0
  # The default JDK: its home is two folders above the real path of `java` on PATH.
  path=$(command -v java 2>/dev/null) || return 0
  real=$(readlink -f "$path" 2>/dev/null) || return 0
  release_of "${real%/bin/java}" && java_major=$major java_version=$version
  return 0
}
