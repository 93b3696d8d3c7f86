package org.ssaplanner.evaluations;

import java.time.Instant;
import java.util.Locale;

/** An evidence file without its content. */
public record EvidenceFileRef(long id, long evaluationId, String fileName, String contentType, long sizeBytes,
        Instant uploadedAt, String uploadedBy) {

    public String sizeLabel() {
        if (sizeBytes < 1024) {
            return sizeBytes + " B";
        }
        if (sizeBytes < 1024 * 1024) {
            return (sizeBytes + 512) / 1024 + " KB";
        }
        return String.format(Locale.ROOT, "%.1f MB", sizeBytes / (1024.0 * 1024.0));
    }
}
