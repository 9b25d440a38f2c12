package org.commissioninghub.applications;

/** A stored document's bytes, with the type recognised when it was uploaded. */
public record DocumentContent(String fileName, String contentType, byte[] content) {}
