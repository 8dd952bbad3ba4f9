package dev.brief.write.pdf;

import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfObject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.zip.Adler32;
import java.util.zip.CRC32;

/**
 * A PDF file ID derived from the content. OpenPDF writes the Info dictionary's /FileId as the
 * trailer /ID; we write a placeholder, digest the finished file, and put the digest where the
 * placeholder was (same length, so no offset moves).
 *
 * <p>It also repairs the cross-reference table: OpenPDF 2.0.5 formats its offsets with the default
 * locale and keeps the low byte of each character, so under a locale with its own digits (ar-EG,
 * fa, bn, mr, my, dz...) they come out as other bytes (U+06F0 as 0xF0, U+0F20 as a space), which
 * breaks the file and makes it depend on the locale.
 */
final class FileId {
  private static final byte[] MARK = "brief-file-id-00".getBytes(StandardCharsets.US_ASCII);

  private FileId() {}

  /** The placeholder as the hex digits that {@link #fill} replaces, to repeat it elsewhere. */
  static String placeholderHex() {
    return new String(hex(MARK), StandardCharsets.US_ASCII);
  }

  static PdfObject placeholder() {
    return PdfEncryption.createInfoId(MARK, MARK);
  }

  static byte[] fill(byte[] written) {
    byte[] pdf = repairXref(written);
    byte[] hex = hex(MARK);
    byte[] id = hex(digest(pdf));
    for (int at = find(pdf, hex, 0); at >= 0; at = find(pdf, hex, at + hex.length)) {
      System.arraycopy(id, 0, pdf, at, id.length);
    }
    return pdf;
  }

  /**
   * Where {@code pattern} next occurs in {@code data} from {@code from}, or -1: Horspool's search,
   * which on a PDF's compressed streams skips the pattern's length at almost every step (a byte by
   * byte scan of the file was 2% of a batch render).
   */
  static int find(byte[] data, byte[] pattern, int from) {
    int last = pattern.length - 1;
    int[] shift = new int[256];
    Arrays.fill(shift, pattern.length);
    for (int j = 0; j < last; j++) {
      shift[pattern[j] & 0xFF] = last - j;
    }
    for (int at = from; at + last < data.length; at += shift[data[at + last] & 0xFF]) {
      if (matches(data, at, pattern)) {
        return at;
      }
    }
    return -1;
  }

  /**
   * 16 bytes that identify the file by its content, as PDF's file ID is meant to: CRC-32 and
   * Adler-32 of the whole, CRC-32 of each half. It names a file and need not resist forgery; the
   * checksums run natively whatever the JIT, where SHA-256 compiled by C1 cost 0.8 ms a brief.
   */
  static byte[] digest(byte[] pdf) {
    int half = pdf.length / 2;
    CRC32 whole = new CRC32();
    whole.update(pdf);
    Adler32 adler = new Adler32();
    adler.update(pdf);
    CRC32 first = new CRC32();
    first.update(pdf, 0, half);
    CRC32 second = new CRC32();
    second.update(pdf, half, pdf.length - half);
    return ByteBuffer.allocate(16)
        .putInt((int) whole.getValue())
        .putInt((int) adler.getValue())
        .putInt((int) first.getValue())
        .putInt((int) second.getValue())
        .array();
  }

  /** Maps the digit columns of each 20-byte xref entry back to ASCII digits. */
  private static byte[] repairXref(byte[] written) {
    byte[] pdf = written.clone();
    String tail =
        new String(
            pdf,
            Math.max(0, pdf.length - 64),
            Math.min(64, pdf.length),
            StandardCharsets.ISO_8859_1);
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("startxref\\s+(\\d+)\\s+%%EOF").matcher(tail);
    if (!m.find()) {
      return pdf;
    }
    int at = Integer.parseInt(m.group(1));
    // "xref\n0 57\n" then entries of exactly 20 bytes: 10 digits, space, 5 digits, space, n|f.
    while (at < pdf.length && pdf[at] != '\n') {
      at++;
    }
    at++;
    while (at < pdf.length && pdf[at] != '\n') {
      at++;
    }
    at++;
    // The first entry is always "0000000000 65535 f": its first byte is the locale's zero.
    byte zero = pdf[at];
    for (; at + 20 <= pdf.length && pdf[at] != 't'; at += 20) {
      for (int j = 0; j < 16; j++) {
        int digit = (pdf[at + j] - zero) & 0xFF;
        if (j != 10 && digit <= 9) {
          pdf[at + j] = (byte) ('0' + digit);
        }
      }
    }
    return pdf;
  }

  private static boolean matches(byte[] data, int at, byte[] pattern) {
    for (int j = 0; j < pattern.length; j++) {
      if (data[at + j] != pattern[j]) {
        return false;
      }
    }
    return true;
  }

  /** Hex digits as OpenPDF writes them in a PDF string <...> (lower case). */
  private static byte[] hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes).getBytes(StandardCharsets.US_ASCII);
  }
}
