package org.ssaplanner.evaluations;

/** A stored evidence file to send: sanitized name, the content type checked at upload, the bytes. */
public record EvidenceDownload(String fileName, String contentType, byte[] content) {
}
