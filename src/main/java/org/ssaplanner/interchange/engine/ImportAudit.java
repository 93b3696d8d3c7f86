package org.ssaplanner.interchange.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.actuate.audit.listener.AuditApplicationEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.ssaplanner.interchange.ImportDetail;
import org.ssaplanner.interchange.ImportStatus;

/**
 * What happens to imports, for the security log (an {@link AuditApplicationEvent} recorded by the securitylog module, in
 * the publishing transaction): IMPORT_SUCCEEDED with what the import did to the stored rows, IMPORT_FAILED with
 * the reason (in English, and its message key). The principal is the importer, also when the import ran in the
 * background or was found interrupted after a stop.
 */
@Component
public class ImportAudit {

    private final ApplicationEventPublisher events;
    private final MessageSource messages;

    ImportAudit(ApplicationEventPublisher events, MessageSource messages) {
        this.events = events;
        this.messages = messages;
    }

    /** IMPORT_SUBMITTED: a file received, queued or refused at once (then with the reason's message key). */
    public void submitted(String user, long importId, String fileName, long bytes, String sha256, ImportStatus status,
            String refusalKey) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("importId", importId);
        data.put("file", fileName);
        data.put("bytes", bytes);
        data.put("sha256", sha256);
        data.put("status", status);
        if (refusalKey != null) {
            data.put("reasonKey", refusalKey);
        }
        events.publishEvent(new AuditApplicationEvent(user, "IMPORT_SUBMITTED", data));
    }

    /** IMPORT_RERUN: a failed import run again from its kept file, as a new import. */
    public void rerun(String user, long importId, long rerunOf, String fileName) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("importId", importId);
        data.put("rerunOf", rerunOf);
        data.put("file", fileName);
        events.publishEvent(new AuditApplicationEvent(user, "IMPORT_RERUN", data));
    }

    /** IMPORT_ROLLED_BACK: the previous vintage of the import's scope is current again. */
    public void rolledBack(String user, long importId, String fileName) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("importId", importId);
        data.put("file", fileName);
        events.publishEvent(new AuditApplicationEvent(user, "IMPORT_ROLLED_BACK", data));
    }

    void succeeded(ImportDetail done) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("importId", done.id());
        data.put("file", done.fileName());
        data.put("format", done.format());
        data.put("sha256", done.checksum());
        data.put("rowsRead", done.rowsRead());
        data.put("rowsAdded", done.rowsInserted());
        data.put("rowsChanged", done.vintage().rowsChanged());
        data.put("rowsReclassified", done.vintage().rowsReclassified());
        data.put("rowsRemoved", done.vintage().rowsRemoved());
        data.put("rowsUnchanged", done.rowsUnchanged());
        data.put("rowsRejected", done.rowsRejected());
        if (done.vintage().identicalToId() != null) {
            data.put("identicalTo", done.vintage().identicalToId());
        }
        events.publishEvent(new AuditApplicationEvent(done.importedBy(), "IMPORT_SUCCEEDED", data));
    }

    void failed(long importId, String fileName, String importer, ImportStatus status, String reasonKey,
            List<String> reasonArgs, long rowsRead, long rowsRejected) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("importId", importId);
        data.put("file", fileName);
        data.put("status", status);
        data.put("reason", messages.getMessage(reasonKey, reasonArgs.toArray(), reasonKey, Locale.ENGLISH));
        data.put("reasonKey", reasonKey);
        data.put("rowsRead", rowsRead);
        data.put("rowsRejected", rowsRejected);
        events.publishEvent(new AuditApplicationEvent(importer, "IMPORT_FAILED", data));
    }
}
