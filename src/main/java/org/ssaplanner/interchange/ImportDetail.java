package org.ssaplanner.interchange;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** One import as the history and the progress page show it. Counts: read = stored + unchanged + rejected. */
public record ImportDetail(long id, String fileName, long fileSize, String checksum, ImportFormat format,
        ImportStatus status, String phase, long bytesRead, long rowsRead, long rowsInserted, long rowsUpdated,
        long rowsUnchanged, long rowsRejected, String messageKey, List<String> messageArgs, Long sameFileAsId,
        Long rerunOfId, String importedBy, Instant createdAt, Instant startedAt, Instant finishedAt,
        boolean fileKept) {

    public long rowsStored() {
        return rowsInserted + rowsUpdated;
    }

    public boolean running() {
        return !status.finished();
    }

    /** Progress in percent of the file's bytes (100 when finished). */
    public int percent() {
        if (status.finished()) {
            return 100;
        }
        if (fileSize <= 0) {
            return 0;
        }
        return (int) Math.min(99, bytesRead * 100 / fileSize);
    }

    public Duration duration() {
        if (startedAt == null) {
            return null;
        }
        return Duration.between(startedAt, finishedAt == null ? Instant.now() : finishedAt);
    }

    /** Duration as "1 min 5.2 s" or "850 ms". */
    public String durationText() {
        Duration d = duration();
        if (d == null) {
            return "";
        }
        long millis = d.toMillis();
        if (millis < 1000) {
            return millis + " ms";
        }
        long minutes = millis / 60000;
        String seconds = String.format(java.util.Locale.US, "%.1f s", (millis % 60000) / 1000.0);
        return minutes > 0 ? minutes + " min " + seconds : seconds;
    }

    public Object[] messageArgsArray() {
        return messageArgs.toArray();
    }

    /** The file can be imported again (failed, kept on disk). */
    public boolean rerunnable() {
        return status == ImportStatus.FAILED && fileKept;
    }
}
