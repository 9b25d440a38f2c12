package org.commissioninghub.identity;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * RFC 6238 time-based one-time passwords: 6 digits, 30-second steps, HMAC-SHA1, as authenticator
 * apps expect.
 */
public final class Totp {

  private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  private static final SecureRandom RANDOM = new SecureRandom();

  private Totp() {}

  public static String newSecret() {
    byte[] key = new byte[20];
    RANDOM.nextBytes(key);
    return base32(key);
  }

  public static String code(String secret, Instant at) {
    return code(secret, at.getEpochSecond() / 30);
  }

  /** Accepts the code for now and for one step either side, for clocks slightly out. */
  public static boolean verify(String secret, String code, Instant at) {
    if (secret == null || code == null || !code.strip().matches("\\d{6}")) {
      return false;
    }
    long step = at.getEpochSecond() / 30;
    for (long s = step - 1; s <= step + 1; s++) {
      if (java.security.MessageDigest.isEqual(
          code(secret, s).getBytes(), code.strip().getBytes())) {
        return true;
      }
    }
    return false;
  }

  public static String uri(String issuer, String account, String secret) {
    String label =
        java.net.URLEncoder.encode(issuer + ":" + account, java.nio.charset.StandardCharsets.UTF_8);
    return "otpauth://totp/"
        + label
        + "?secret="
        + secret
        + "&issuer="
        + java.net.URLEncoder.encode(issuer, java.nio.charset.StandardCharsets.UTF_8);
  }

  private static String code(String secret, long step) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(unbase32(secret), "HmacSHA1"));
      byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
      int offset = hash[hash.length - 1] & 0x0f;
      int binary =
          ((hash[offset] & 0x7f) << 24)
              | ((hash[offset + 1] & 0xff) << 16)
              | ((hash[offset + 2] & 0xff) << 8)
              | (hash[offset + 3] & 0xff);
      return String.format("%06d", binary % 1_000_000);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA1 is part of every Java runtime", e);
    }
  }

  static String base32(byte[] bytes) {
    StringBuilder out = new StringBuilder();
    int buffer = 0;
    int bits = 0;
    for (byte b : bytes) {
      buffer = (buffer << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        out.append(ALPHABET.charAt((buffer >> (bits - 5)) & 31));
        bits -= 5;
      }
    }
    if (bits > 0) {
      out.append(ALPHABET.charAt((buffer << (5 - bits)) & 31));
    }
    return out.toString();
  }

  static byte[] unbase32(String text) {
    String clean = text.replace("=", "").replace(" ", "").toUpperCase(java.util.Locale.ROOT);
    ByteBuffer out = ByteBuffer.allocate(clean.length() * 5 / 8);
    int buffer = 0;
    int bits = 0;
    for (char c : clean.toCharArray()) {
      int value = ALPHABET.indexOf(c);
      if (value < 0) {
        throw new IllegalArgumentException("not base32: " + c);
      }
      buffer = (buffer << 5) | value;
      bits += 5;
      if (bits >= 8) {
        out.put((byte) ((buffer >> (bits - 8)) & 0xff));
        bits -= 8;
      }
    }
    return out.array();
  }
}
