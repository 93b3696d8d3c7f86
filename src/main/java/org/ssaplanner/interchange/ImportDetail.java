package org.ssaplanner.interchange;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * One import as the history and the progress page show it. Counts: read = added (inserted) + new versions of stored
 * rows (updated = changed + reclassified) + unchanged + rejected; {@code vintage} says what the import did to the
 * rows of its scope that were stored before.
 */
public record ImportDetail(long id, String fileName, long fileSize, String checksum, ImportFormat format,
        ImportStatus status, String phase, long bytesRead, long rowsRead, long rowsInserted, long rowsUpdated,
        long rowsUnchanged, long rowsRejected, String messageKey, List<String> messageArgs, Long sameFileAsId,
        Long rerunOfId, String importedBy, Instant createdAt, Instant startedAt, Instant finishedAt,
        boolean fileKept, Vintage vintage) {

    /**
     * What the import did to the stored rows of its scope. {@code identicalToId}: the file was identical to that
     * import's, whose data were still current, so nothing was read or changed. {@code scopeRecorded}: false for
     * imports before vintages were kept.
     */
    public record Vintage(long rowsChanged, long rowsReclassified, long rowsRemoved, Long identicalToId,
            boolean scopeRecorded, Instant rolledBackAt, String rolledBackBy) {

        public static Vintage none() {
            return new Vintage(0, 0, 0, null, false, null, null);
        }

        public boolean rolledBack() {
            return rolledBackAt != null;
        }
    }

    /** An import as recorded before vintages were kept. */
    public ImportDetail(long id, String fileName, long fileSize, String checksum, ImportFormat format,
            ImportStatus status, String phase, long bytesRead, long rowsRead, long rowsInserted, long rowsUpdated,
            long rowsUnchanged, long rowsRejected, String messageKey, List<String> messageArgs, Long sameFileAsId,
            Long rerunOfId, String importedBy, Instant createdAt, Instant startedAt, Instant finishedAt,
            boolean fileKept) {
        this(id, fileName, fileSize, checksum, format, status, phase, bytesRead, rowsRead, rowsInserted, rowsUpdated,
                rowsUnchanged, rowsRejected, messageKey, messageArgs, sameFileAsId, rerunOfId, importedBy, createdAt,
                startedAt, finishedAt, fileKept, Vintage.none());
    }

    /** Rows of the file written: added rows and new versions of stored rows. */
    public long rowsStored() {
        return rowsInserted + rowsUpdated;
    }

    public boolean running() {
        return !status.finished();
    }

    public boolean succeeded() {
        return status == ImportStatus.SUCCEEDED;
    }

    /** Failed or refused after it had started reading: the page says how far it got. */
    public boolean stopped() {
        return status == ImportStatus.FAILED || status == ImportStatus.REFUSED;
    }

    /**
     * Progress in percent of the file's bytes: 100 once succeeded; for a failed or refused import how far reading
     * had got when it stopped (never a full bar for an import that did not finish).
     */
    public int percent() {
        if (status == ImportStatus.SUCCEEDED) {
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
        long millis = Math.max(0, d.toMillis());
        if (millis < 1000) {
            return millis + " ms";
        }
        long minutes = millis / 60000;
        String seconds = String.format(Locale.US, "%.1f s", (millis % 60000) / 1000.0);
        return minutes > 0 ? minutes + " min " + seconds : seconds;
    }

    public Object[] messageArgsArray() {
        return messageArgs.toArray();
    }

    /** The file can be imported again (failed, kept on disk). */
    public boolean rerunnable() {
        return status == ImportStatus.FAILED && fileKept;
    }

    /** Rows added without an earlier version (the legacy "inserted" count). */
    public long rowsAdded() {
        return rowsInserted;
    }

    /** An import of a partner-country context data set (the whole data set, no scope or vintages). */
    public boolean countryContext() {
        return format != null && format.countryContext();
    }

    public boolean identical() {
        return vintage.identicalToId() != null;
    }
}
