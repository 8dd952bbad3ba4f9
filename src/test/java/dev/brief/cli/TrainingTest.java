package dev.brief.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import org.junit.jupiter.api.Test;

class TrainingTest {
  /** A training run that fails leaves the build without a start-up archive, silently slower. */
  @Test
  void theStartUpArchiveIsTrainedOnRunsThatSucceed() {
    assertDoesNotThrow(() -> Training.main(new String[] {CliTest.EXAMPLE}));
  }
}
