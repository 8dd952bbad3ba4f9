package dev.brief.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.brief.diagnostic.Diagnostic;
import dev.brief.diagnostic.Rule;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The JUnit report is well-formed XML whatever the names and messages hold: an XML parser reads
 * back every file's path and every failure's message as they were.
 */
class JunitReportTest {
  static Stream<Path> cases() throws IOException {
    return SarifSchemaTest.cases();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void anXmlParserReadsBackEveryPathAndFailure(Path input) throws Exception {
    ResultsFile.Parsed parsed = ResultsFile.parse(input);
    Document xml = parse(junit(parsed.run(), parsed.results()));
    NodeList testcases = xml.getElementsByTagName("testcase");
    List<String> names = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < testcases.getLength(); i++) {
      names.add(((Element) testcases.item(i)).getAttribute("name"));
    }
    NodeList failed = xml.getElementsByTagName("failure");
    for (int i = 0; i < failed.getLength(); i++) {
      failures.add(((Element) failed.item(i)).getAttribute("message"));
    }
    assertEquals(parsed.results().stream().map(FileResult::file).toList(), names);
    assertEquals(
        parsed.results().stream()
            .flatMap(r -> r.diagnostics().stream())
            .filter(d -> d.isError() || parsed.run().strict())
            .map(Diagnostic::format)
            .toList(),
        failures);
    Element suite = xml.getDocumentElement();
    Summary summary = Summary.of(parsed.results());
    assertEquals(String.valueOf(summary.files()), suite.getAttribute("tests"));
    assertEquals(String.valueOf(summary.invalid()), suite.getAttribute("failures"));
  }

  @Test
  void charactersXmlCannotHoldAreWrittenAsEscapes() throws Exception {
    String file = "a\u0001b\uFFFE\uD800.yaml";
    Diagnostic d = Diagnostic.error(file, 1, 1, Rule.EMPTY_FILE, "", "no document");
    Run run = new Run("validate", "0.1.0", false, "file:///w/");
    Document xml = parse(junit(run, List.of(new FileResult(file, List.of(d), true))));
    assertEquals(
        "a\\u0001b\\ufffe\\ud800.yaml",
        ((Element) xml.getElementsByTagName("testcase").item(0)).getAttribute("name"));
  }

  private static String junit(Run run, List<FileResult> results) {
    StringWriter written = new StringWriter();
    try (PrintWriter out = new PrintWriter(written)) {
      new JunitReport().write(run, results, Summary.of(results), out);
    }
    return written.toString();
  }

  private static Document parse(String xml) throws Exception {
    return DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }
}
