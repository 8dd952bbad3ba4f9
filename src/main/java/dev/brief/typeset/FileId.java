package dev.brief.typeset;

import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfObject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A PDF file ID derived from the content. OpenPDF writes the Info dictionary's /FileId as the
 * trailer /ID; we write a placeholder, hash the finished file, and put the hash where the
 * placeholder was (same length, so no offset moves).
 */
final class FileId {
  private static final byte[] MARK = "brief-file-id-00".getBytes(StandardCharsets.US_ASCII);

  private FileId() {}

  static PdfObject placeholder() {
    return PdfEncryption.createInfoId(MARK, MARK);
  }

  static byte[] fill(byte[] pdf) {
    byte[] hex = hex(MARK);
    byte[] id;
    try {
      id = hex(java.util.Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(pdf), 16));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    byte[] out = pdf.clone();
    for (int i = 0; i + hex.length <= out.length; i++) {
      if (matches(out, i, hex)) {
        System.arraycopy(id, 0, out, i, id.length);
      }
    }
    return out;
  }

  private static boolean matches(byte[] data, int at, byte[] pattern) {
    for (int j = 0; j < pattern.length; j++) {
      if (data[at + j] != pattern[j]) {
        return false;
      }
    }
    return true;
  }

  /** Hex digits as OpenPDF writes them in a PDF string <...> (upper case). */
  private static byte[] hex(byte[] bytes) {
    return HexFormat.of().withUpperCase().formatHex(bytes).getBytes(StandardCharsets.US_ASCII);
  }
}
