package dev.brief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class PicocliClassesTest {
  /**
   * picocli's own jar is class-file 49 (Java 5), which CDS and the AOT cache refuse to archive; the
   * build compiles its sources with release 17 instead (see the pom).
   */
  @Test
  void picocliIsCompiledForJava17SoItsClassesCanBeArchived() throws IOException {
    for (Class<?> type : new Class<?>[] {CommandLine.class, CommandLine.Model.CommandSpec.class}) {
      String resource = "/" + type.getName().replace('.', '/') + ".class";
      try (InputStream in = type.getResourceAsStream(resource)) {
        DataInputStream data = new DataInputStream(in);
        assertEquals(0xCAFEBABE, data.readInt(), resource);
        data.readUnsignedShort(); // minor version
        assertEquals(61, data.readUnsignedShort(), resource + ": class-file major version");
      }
    }
  }
}
