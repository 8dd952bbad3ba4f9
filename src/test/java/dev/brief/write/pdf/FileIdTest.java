package dev.brief.write.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FileIdTest {
  private static final byte[] HEX = FileId.placeholderHex().getBytes(StandardCharsets.US_ASCII);

  @Test
  void findsEveryPlaceholderWhereAByteByByteScanDoes() {
    SplittableRandom random = new SplittableRandom(7);
    for (int round = 0; round < 200; round++) {
      byte[] data = new byte[random.nextInt(HEX.length, 3000)];
      // Bytes a PDF is made of: compressed noise, and runs of hex digits like the placeholder's.
      for (int i = 0; i < data.length; i++) {
        data[i] = random.nextBoolean() ? (byte) random.nextInt(256) : HEX[random.nextInt(4)];
      }
      for (int k = random.nextInt(4); k > 0; k--) {
        int at = random.nextInt(data.length - HEX.length + 1);
        System.arraycopy(HEX, 0, data, at, HEX.length - (random.nextInt(3) == 0 ? 1 : 0));
      }
      List<Integer> found = new ArrayList<>();
      for (int at = FileId.find(data, HEX, 0); at >= 0; at = FileId.find(data, HEX, at + 1)) {
        found.add(at);
      }
      assertEquals(naive(data), found, "round " + round);
    }
  }

  @Test
  void findsThePlaceholderAtTheVeryStartAndEnd() {
    byte[] data = new byte[HEX.length * 3];
    System.arraycopy(HEX, 0, data, 0, HEX.length);
    System.arraycopy(HEX, 0, data, data.length - HEX.length, HEX.length);
    assertEquals(List.of(0, data.length - HEX.length), naive(data));
    assertEquals(0, FileId.find(data, HEX, 0));
    assertEquals(data.length - HEX.length, FileId.find(data, HEX, 1));
    assertEquals(-1, FileId.find(data, HEX, data.length - HEX.length + 1));
  }

  private static List<Integer> naive(byte[] data) {
    List<Integer> at = new ArrayList<>();
    for (int i = 0; i + HEX.length <= data.length; i++) {
      int j = 0;
      while (j < HEX.length && data[i + j] == HEX[j]) {
        j++;
      }
      if (j == HEX.length) {
        at.add(i);
      }
    }
    return at;
  }
}
