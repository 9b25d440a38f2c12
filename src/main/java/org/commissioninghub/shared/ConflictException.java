package org.commissioninghub.shared;

/** A change refused because of the record's current state, with a stable business code. */
public class ConflictException extends RuntimeException {

  private final String code;

  public ConflictException(String code, String message) {
    super(message);
    this.code = code;
  }

  public String code() {
    return code;
  }
}
