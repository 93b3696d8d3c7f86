package org.ssaplanner.evaluations;

import org.springframework.core.io.InputStreamSource;

/** A file as uploaded: the name the browser sent, its size, and where to read it (read at most once). */
public record EvidenceUpload(String originalFileName, long size, InputStreamSource content) {
}
