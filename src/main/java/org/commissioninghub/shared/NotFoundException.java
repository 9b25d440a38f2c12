package org.commissioninghub.shared;

/** A record asked for by its public id that does not exist (or that the user may not see). */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String what, String publicId) {
    super("No " + what + " with id " + publicId);
  }
}
