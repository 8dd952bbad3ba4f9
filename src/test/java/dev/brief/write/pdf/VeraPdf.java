package dev.brief.write.pdf;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.verapdf.core.EncryptedPdfException;
import org.verapdf.core.ModelParsingException;
import org.verapdf.core.ValidationException;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF, the PDF Association's validator, on a PDF in memory: the rules it breaks, by id. */
final class VeraPdf {
  static {
    VeraGreenfieldFoundryProvider.initialise();
  }

  private VeraPdf() {}

  /**
   * The failed rules of {@code flavour} ("ua1", "1b", "1a", "2b"), each as "clause-test: message
   * (count)"; empty when the file conforms.
   */
  static List<String> failures(byte[] pdf, String flavour) {
    PDFAFlavour profile = PDFAFlavour.byFlavourId(flavour);
    try (PDFAParser parser =
            Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), profile);
        PDFAValidator validator = Foundries.defaultInstance().createValidator(profile, false)) {
      ValidationResult result = validator.validate(parser);
      TreeMap<String, Integer> counts = new TreeMap<>();
      TreeMap<String, String> messages = new TreeMap<>();
      for (TestAssertion assertion : result.getTestAssertions()) {
        if (assertion.getStatus() == TestAssertion.Status.FAILED) {
          String id =
              assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber();
          counts.merge(id, 1, Integer::sum);
          messages.putIfAbsent(id, assertion.getMessage());
        }
      }
      List<String> failures = new ArrayList<>();
      counts.forEach((id, n) -> failures.add(id + ": " + messages.get(id) + " (" + n + ")"));
      if (failures.isEmpty() && !result.isCompliant()) {
        failures.add("not compliant, with no failed assertion reported");
      }
      return failures;
    } catch (ModelParsingException | EncryptedPdfException | ValidationException e) {
      throw new AssertionError("veraPDF cannot read the PDF: " + e.getMessage(), e);
    } catch (Exception e) {
      throw new AssertionError("veraPDF failed: " + e, e);
    }
  }
}
