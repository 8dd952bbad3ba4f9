package dev.brief.write.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brief.engine.Engine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * veraPDF's verdict on the PDF of every golden brief (the example briefs, the valid cases and the
 * language cases): by default (PDF/UA-1), with PDF/A-2b beside it, and as PDF/A-1b and PDF/A-1a
 * (which cannot be had with PDF/UA-1): no rule of any profile claimed may fail. Every PDF is
 * tagged. The metadata must also say what the file is: the document ID in the XMP is the trailer's,
 * and the same brief gives the same bytes.
 */
class ConformanceTest {
  private static final List<Path> FOLDERS =
      List.of(
          Path.of("briefs"),
          Path.of("src/test/resources/cases/valid"),
          Path.of("src/test/resources/cases/languages"));

  static Stream<Arguments> briefs() throws IOException {
    List<Arguments> cases = new ArrayList<>();
    for (Path folder : FOLDERS) {
      if (!Files.isDirectory(folder)) {
        continue;
      }
      try (Stream<Path> files = Files.list(folder)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
          for (String level : List.of("ua-1", "ua-1,a-2b", "a-1b", "a-1a")) {
            cases.add(Arguments.of(file.toString(), level));
          }
        }
      }
    }
    assertTrue(cases.size() > 20, "found the golden briefs");
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("briefs")
  void passesVeraPdf(String file, String standards) throws Exception {
    byte[] brief = Files.readAllBytes(Path.of(file));
    boolean ua = standards.contains("ua-1");
    String level = standards.replace("ua-1", "").replace(",", "");
    boolean archival = !level.isEmpty();
    // PDF/UA-1 alone is the default
    Engine engine =
        archival ? Engine.builder().pdfStandard(standards).build() : Engine.builder().build();
    byte[] pdf = engine.render(file, brief, "pdf").bytes();
    if (ua) {
      assertEquals(List.of(), VeraPdf.failures(pdf, "ua1"), file + " as PDF/UA-1");
    }
    if (archival) {
      assertEquals(List.of(), VeraPdf.failures(pdf, level.substring(2)), file + " as " + level);
    }
    assertArrayEquals(pdf, engine.render(file, brief, "pdf").bytes(), "reproducible");
    String text = new String(pdf, StandardCharsets.ISO_8859_1);
    Matcher trailer = Pattern.compile("/ID \\[<([0-9a-f]{32})>").matcher(text);
    assertTrue(trailer.find(), "trailer ID");
    assertTrue(
        text.contains("<xmpMM:DocumentID>xmp.did:" + trailer.group(1) + "</xmpMM:DocumentID>"),
        "XMP DocumentID is the trailer's ID");
    assertEquals(archival, text.contains("<pdfaid:part>"), "claims PDF/A only when asked");
    if (archival) {
      assertTrue(text.contains("<pdfaid:part>" + level.charAt(2) + "</pdfaid:part>"));
    }
    assertEquals(ua, text.contains("<pdfuaid:part>1</pdfuaid:part>"));
    assertTrue(text.contains("/StructTreeRoot") && text.contains("/Marked true"), "tagged");
  }

  @org.junit.jupiter.api.Test
  void theThemeChoosesTheStandardUnlessTheCallerDoes() throws Exception {
    byte[] brief = Files.readAllBytes(Path.of("briefs/us-nato-redistribution.yaml"));
    byte[] theme = "pdf-standard: a-2b\n".getBytes(StandardCharsets.UTF_8);
    String byTheme =
        new String(
            Engine.builder().theme("t.yaml", theme).build().render("b.yaml", brief, "pdf").bytes(),
            StandardCharsets.ISO_8859_1);
    assertTrue(byTheme.contains("<pdfaid:part>2</pdfaid:part>"));
    assertTrue(!byTheme.contains("pdfuaid"), "the theme said a-2b alone");
    String byCaller =
        new String(
            Engine.builder()
                .theme("t.yaml", theme)
                .pdfStandard("ua-1")
                .build()
                .render("b.yaml", brief, "pdf")
                .bytes(),
            StandardCharsets.ISO_8859_1);
    assertTrue(!byCaller.contains("pdfaid:part") && byCaller.contains("<pdfuaid:part>1<"));
  }

  @org.junit.jupiter.api.Test
  void archivalPdfsAreTheSameInAnyTimeZoneOrLocale() throws Exception {
    byte[] brief = Files.readAllBytes(Path.of("briefs/us-nato-redistribution.yaml"));
    Engine engine = Engine.builder().pdfStandard("ua-1,a-2b").build();
    byte[] first = engine.render("b.yaml", brief, "pdf").bytes();
    java.util.TimeZone zone = java.util.TimeZone.getDefault();
    java.util.Locale locale = java.util.Locale.getDefault();
    try {
      java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Pacific/Kiritimati"));
      java.util.Locale.setDefault(java.util.Locale.forLanguageTag("fa-IR"));
      assertArrayEquals(first, engine.render("b.yaml", brief, "pdf").bytes());
    } finally {
      java.util.TimeZone.setDefault(zone);
      java.util.Locale.setDefault(locale);
    }
  }
}
