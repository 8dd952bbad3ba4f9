package dev.brief.typography;

import dev.brief.language.QuoteMarks;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;

/**
 * Straight quotes to the language's marks, in one run. A quote opens after a space, the start or an
 * opening bracket, dash or mark, and closes otherwise. A double quote takes the marks its enclosing
 * quotation does not (primary at the top); a single quote takes the secondary marks, or the primary
 * ones inside a secondary quotation. The language's own marks already in the text (those the
 * template adds around a quotation) count as openings and closings too, so a straight quote inside
 * one becomes the secondary mark. A single quote between letters, before a year ('90s), in 'n', or
 * after a letter with no single quote open, is an apostrophe.
 */
final class Quotes {
  private static final char TYPED = 't';
  private static final String APOSTROPHE = "\u2019";
  private static final String MODIFIER_APOSTROPHE = "\u02BC";
  private static final String OPENERS = "([{<\u2014\u2013-/";
  private static final String CLOSERS = ".,;:!?)]}\u2026";

  /** Quotations nest a few levels at most; deeper openings forget the outermost. */
  private static final int MAX_DEPTH = 16;

  private record Open(char kind, String close) {}

  private final Run run;
  private final QuoteMarks marks;
  private final boolean ukrainian;
  private final Deque<Open> open = new ArrayDeque<>();

  Quotes(Run run, QuoteMarks marks, boolean ukrainian) {
    this.run = run;
    this.marks = marks;
    this.ukrainian = ukrainian;
  }

  void apply() {
    for (int i = 0; i < run.length(); i++) {
      if (!run.editable(i) || !run.untouched(i)) {
        continue;
      }
      char c = run.at(i);
      if (c == '"') {
        Boolean opens = opens(i);
        if (opens == null ? !isOpen('"') : opens) {
          push('"', i);
        } else {
          close('"', i);
        }
      } else if (c == '\'') {
        single(i);
      } else {
        typed(i, String.valueOf(c));
      }
    }
  }

  private void single(int i) {
    char prev = run.at(i - 1);
    char next = run.at(i + 1);
    if (Character.isLetterOrDigit(prev) && Character.isLetter(next)) {
      apostrophe(i);
    } else if (next == 'n' && run.at(i + 2) == '\'' && boundary(i - 1) && boundary(i + 3)) {
      apostrophe(i); // rock 'n' roll
      if (run.editable(i + 2)) {
        apostrophe(i + 2);
      }
    } else if (!Character.isLetterOrDigit(prev)
        && Character.isDigit(next)
        && Character.isDigit(run.at(i + 2))
        && !Character.isDigit(run.at(i + 3))) {
      apostrophe(i); // '90s
    } else {
      Boolean opens = opens(i);
      if (Boolean.TRUE.equals(opens)) {
        push('\'', i);
      } else if (Boolean.FALSE.equals(opens)) {
        if (isOpen('\'')) {
          close('\'', i);
        } else {
          apostrophe(i); // the allies' plans
        }
      }
    }
  }

  /** The language's own marks, typed or added by the template. */
  private void typed(int i, String c) {
    boolean opening = c.equals(marks.open()) || c.equals(marks.innerOpen());
    boolean closing = c.equals(marks.close()) || c.equals(marks.innerClose());
    if (closing && c.equals(APOSTROPHE) && Character.isLetter(run.at(i + 1))) {
      return; // a curly apostrophe inside a word
    }
    if (closing && (!opening || Boolean.FALSE.equals(opens(i))) && pop(c) != null) {
      spaceBefore(i);
    } else if (opening) {
      remember(new Open(TYPED, c.equals(marks.open()) ? marks.close() : marks.innerClose()));
      spaceAfter(i);
    }
  }

  /** Whether a quote at {@code i} opens (true), closes (false), or stands between spaces (null). */
  private Boolean opens(int i) {
    char prev = run.at(i - 1);
    boolean after =
        boundary(i - 1)
            || OPENERS.indexOf(prev) >= 0
            || String.valueOf(prev).equals(marks.open())
            || String.valueOf(prev).equals(marks.innerOpen());
    boolean before = boundary(i + 1) || CLOSERS.indexOf(run.at(i + 1)) >= 0;
    return after && !before ? Boolean.TRUE : !after ? Boolean.FALSE : null;
  }

  private boolean boundary(int i) {
    char c = run.at(i);
    return run.outside(i) || Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private void push(char kind, int i) {
    // A double quote takes the marks the enclosing quotation does not; a single quote is what the
    // writer chose, the secondary marks ('no' in English is ‘no’), save inside a secondary one.
    boolean inSecondary = !open.isEmpty() && open.peek().close().equals(marks.close(1));
    boolean inPrimary = !open.isEmpty() && !inSecondary;
    int depth = kind == '\'' ? (inSecondary ? 0 : 1) : (inPrimary ? 1 : 0);
    run.replace(i, marks.open(depth));
    remember(new Open(kind, marks.close(depth)));
    spaceAfter(i);
  }

  private void remember(Open opening) {
    if (open.size() == MAX_DEPTH) {
      open.removeLast(); // only broken text nests this deep; keeps every look-up short
    }
    open.push(opening);
  }

  private void close(char kind, int i) {
    Open closed = null;
    if (isOpen(kind)) {
      while (closed == null || closed.kind() != kind) {
        closed = open.pop();
      }
    } else if (!open.isEmpty() && open.peek().kind() == TYPED) {
      closed = open.pop();
    }
    run.replace(i, closed == null ? marks.close(0) : closed.close());
    spaceBefore(i);
  }

  /** Pops up to the innermost opening that {@code mark} closes; null when none does. */
  private Open pop(String mark) {
    for (Open o : open) {
      if (o.close().equals(mark)) {
        Open popped;
        do {
          popped = open.pop();
        } while (popped != o);
        return o;
      }
    }
    return null;
  }

  private boolean isOpen(char kind) {
    for (Iterator<Open> it = open.iterator(); it.hasNext(); ) {
      if (it.next().kind() == kind) {
        return true;
      }
    }
    return false;
  }

  private void apostrophe(int i) {
    char prev = run.at(i - 1);
    char next = run.at(i + 1);
    boolean inUkrainianWord =
        ukrainian
            && Character.isLetter(prev)
            && Character.isLetter(next)
            && (cyrillic(prev) || cyrillic(next));
    run.replace(i, inUkrainianWord ? MODIFIER_APOSTROPHE : APOSTROPHE);
  }

  private static boolean cyrillic(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC;
  }

  /** The language's space inside an opening mark (French « texte »), replacing a typed space. */
  private void spaceAfter(int i) {
    inside(i + 1, () -> run.insertAfter(i, marks.inside()));
  }

  private void spaceBefore(int i) {
    inside(i - 1, () -> run.insertBefore(i, marks.inside()));
  }

  private void inside(int neighbour, Runnable insert) {
    if (marks.inside().isEmpty() || run.outside(neighbour)) {
      return;
    }
    char c = run.at(neighbour);
    if ((c == ' ' || c == '\u00A0') && run.editable(neighbour) && run.untouched(neighbour)) {
      run.replace(neighbour, marks.inside());
    } else if (!boundary(neighbour)) {
      insert.run();
    }
  }
}
