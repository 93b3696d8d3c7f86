package org.ssaplanner.interchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.ssaplanner.interchange.csv.ForeignAssistanceCsv;
import org.ssaplanner.interchange.csv.SipriTradeRegisterCsv;
import org.ssaplanner.interchange.engine.ArmsTransferImport;
import org.ssaplanner.interchange.engine.ArmsTransferQueries;
import org.ssaplanner.interchange.engine.IatiActivityImport;
import org.ssaplanner.interchange.engine.ImportAudit;
import org.ssaplanner.interchange.engine.ImportLog;
import org.ssaplanner.interchange.engine.ImportQueue;
import org.ssaplanner.interchange.engine.ImportRollback;
import org.ssaplanner.interchange.engine.Spool;
import org.ssaplanner.interchange.engine.Vintages;
import org.ssaplanner.interchange.iati.IatiActivityReader;
import org.ssaplanner.shared.DataSizes;
import org.ssaplanner.shared.ListSort;
import org.ssaplanner.shared.NotFoundException;
import org.ssaplanner.shared.security.CurrentUser;
import org.ssaplanner.shared.security.CurrentUsers;
import org.ssaplanner.shared.security.Role;

/**
 * ForeignAssistance.gov imports. Administrators and planners may import: the data are public, shared by
 * everybody, and planners need them before they write a plan. Every signed-in user may see the import
 * history and progress (the provenance of the figures they read). Running a failed import again is for
 * administrators and for the user who uploaded it; rolling back the latest import of a scope is for administrators.
 */
@Service
@Transactional(readOnly = true)
public class ImportService {

    private final Spool spool;
    private final ImportLog importLog;
    private final ImportQueue queue;
    private final Vintages vintages;
    private final ImportRollback rollbacks;
    private final ImportProperties properties;
    private final ImportAudit audit;
    private final ArmsTransferImport armsTransfers;
    private final ArmsTransferQueries armsQueries;
    private final IatiActivityImport iatiActivities;

    ImportService(Spool spool, ImportLog importLog, ImportQueue queue, Vintages vintages, ImportRollback rollbacks,
            ImportProperties properties, ImportAudit audit, ArmsTransferImport armsTransfers,
            ArmsTransferQueries armsQueries, IatiActivityImport iatiActivities) {
        this.iatiActivities = iatiActivities;
        this.armsTransfers = armsTransfers;
        this.armsQueries = armsQueries;
        this.spool = spool;
        this.importLog = importLog;
        this.queue = queue;
        this.vintages = vintages;
        this.rollbacks = rollbacks;
        this.properties = properties;
        this.audit = audit;
    }

    /**
     * Keeps the file, checks its header at once (an unacceptable file is recorded as refused with the reason)
     * and queues the import. Returns the import's id; the import itself runs in the background.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public long submit(String originalFileName, InputStream content) {
        String fileName = cleanFileName(originalFileName);
        Spool.Stored stored = spool.store(content);
        ImportFormat format = null;
        ImportRefusedException refusal = null;
        try {
            format = detect(stored.path());
        } catch (ImportRefusedException e) {
            refusal = e;
        }
        Long sameFile = importLog.lastSucceededWithChecksum(stored.sha256());
        String user = CurrentUsers.currentUsernameOrSystem();
        if (refusal != null) {
            spool.delete(stored.path());
            long id = importLog.insert(fileName, null, stored.size(), stored.sha256(), null, ImportStatus.REFUSED,
                    refusal.messageKey(), refusal.args(), sameFile, null, user);
            audit.submitted(user, id, fileName, stored.size(), stored.sha256(), ImportStatus.REFUSED, refusal.messageKey());
            return id;
        }
        long id = importLog.insert(fileName, stored.path(), stored.size(), stored.sha256(), format, ImportStatus.QUEUED,
                null, List.of(), sameFile, null, user);
        audit.submitted(user, id, fileName, stored.size(), stored.sha256(), ImportStatus.QUEUED, null);
        queue.submit(id);
        return id;
    }

    /**
     * The format of a kept file from its header: a SIPRI trade register (after SIPRI's preamble) or a
     * ForeignAssistance.gov layout; {@link ImportRefusedException} with the reason when it is neither.
     */
    static ImportFormat detect(Path file) {
        try {
            if (IatiActivityReader.looksLikeXml(file)) {
                // an IATI activity file, or refused with what its root says it is (HTML, another XML, hostile XML)
                try (InputStream in = Files.newInputStream(file)) {
                    IatiActivityReader.open(in);
                    return ImportFormat.IATI_ACTIVITIES;
                }
            }
            if (SipriTradeRegisterCsv.recognises(file)) {
                try (InputStream in = Files.newInputStream(file); SipriTradeRegisterCsv csv = SipriTradeRegisterCsv.open(in)) {
                    return ImportFormat.SIPRI_ARMS_TRANSFERS;
                }
            }
            try (InputStream in = Files.newInputStream(file); ForeignAssistanceCsv csv = ForeignAssistanceCsv.open(in)) {
                return csv.format();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a failed import again from its kept file, as a new import. */
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public long rerun(long id) {
        ImportDetail failed = get(id);
        CurrentUser user = CurrentUsers.require();
        if (!user.hasRole(Role.ADMIN) && !user.getUsername().equals(failed.importedBy())) {
            throw new AccessDeniedException("only the importer or an administrator may run an import again");
        }
        if (!failed.rerunnable()) {
            throw new ImportRefusedException("import.rerun.impossible");
        }
        Path path = importLog.spoolPath(id).orElseThrow();
        long newId = importLog.insert(failed.fileName(), path, failed.fileSize(), failed.checksum(), failed.format(),
                ImportStatus.QUEUED, null, List.of(), importLog.lastSucceededWithChecksum(failed.checksum()), id,
                user.getUsername());
        audit.rerun(user.getUsername(), newId, id, failed.fileName());
        queue.submit(newId);
        return newId;
    }

    /** The largest file an import accepts, for people ("2 GB"). */
    @PreAuthorize("isAuthenticated()")
    public String maxFileSizeLabel() {
        return DataSizes.label(properties.maxFileSize());
    }

    @PreAuthorize("isAuthenticated()")
    public ImportDetail get(long id) {
        return importLog.find(id).orElseThrow(() -> new NotFoundException("Import", id));
    }

    /** The order of the import history asked for by the URL's {@code sort} and {@code dir} (whitelisted). */
    public static ListSort order(String sort, String dir) {
        return ImportLog.SORTS.resolve(sort, dir);
    }

    /** A page of the history; {@code pageable}'s sort is {@link ListSort#asKeySort()} of {@link #order}. */
    @PreAuthorize("isAuthenticated()")
    public Page<ImportDetail> history(Pageable pageable) {
        return importLog.page(pageable);
    }

    @PreAuthorize("isAuthenticated()")
    public Page<RejectedRow> rejectedRows(long id, Pageable pageable) {
        get(id);
        return importLog.rejections(id, pageable);
    }

    /**
     * What the import covers: the countries, fiscal years, transaction types and objectives of its file (for an
     * identical file, those of the import it is identical to; empty for imports before vintages were kept).
     */
    @PreAuthorize("isAuthenticated()")
    public ImportScope scope(long id) {
        ImportDetail detail = get(id);
        Long identical = detail.vintage().identicalToId();
        return vintages.scope(identical != null ? identical : id);
    }

    /** Whether the import's data are still the current vintage of its scope, and whether it can be rolled back. */
    @PreAuthorize("isAuthenticated()")
    public VintageStatus vintageStatus(long id) {
        ImportDetail detail = get(id);
        if (detail.format() == ImportFormat.IATI_ACTIVITIES) {
            return iatiActivities.status(id);
        }
        if (detail.format() != null && !detail.format().foreignAssistance()) {
            return armsTransfers.status(id);
        }
        return vintages.status(id);
    }

    /** The SIPRI arms-transfer register as stored now (for the page of a register import). */
    @PreAuthorize("isAuthenticated()")
    public ArmsRegister armsRegister() {
        return armsQueries.register();
    }

    /** The supplier and recipient names of the stored SIPRI register that cannot be mapped to an ISO code. */
    @PreAuthorize("isAuthenticated()")
    public List<SipriName> unmappedSipriNames() {
        return armsQueries.unmappedNames();
    }

    /** The countries, fiscal years and transaction types whose rows or amounts the import changed. */
    @PreAuthorize("isAuthenticated()")
    public Page<ImportChange> changes(long id, Pageable pageable) {
        get(id);
        return vintages.changes(id, pageable);
    }

    /** How many (country, fiscal year, transaction type) groups of its scope the import left unchanged. */
    @PreAuthorize("isAuthenticated()")
    public long unchangedGroups(long id) {
        get(id);
        return vintages.unchangedGroups(id);
    }

    /** The activities whose rows the import removed, changed or reclassified (or added to), largest change first. */
    @PreAuthorize("isAuthenticated()")
    public Page<ActivityChange> activityChanges(long id, Pageable pageable) {
        get(id);
        return vintages.activityChanges(id, pageable);
    }

    /**
     * Rolls back the latest import of a scope: the rows it stored are deleted, the rows it replaced are current again
     * (the previous vintage exactly). Refused with a reason ({@link ImportRefusedException}) when a later import
     * overlaps its scope, when it changed nothing or was rolled back already, or while an import runs.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void rollback(long id) {
        ImportDetail detail = get(id);
        if (detail.format() != null && !detail.format().foreignAssistance()) {
            // a register is replaced by a newer one, not rolled back; so are a publisher's IATI activities
            throw new ImportRefusedException(detail.format() == ImportFormat.IATI_ACTIVITIES ? "import.rollback.iati"
                    : "import.rollback.register");
        }
        String user = CurrentUsers.require().getUsername();
        rollbacks.rollBack(detail, user);
        audit.rolledBack(user, id, detail.fileName());
    }

    static String cleanFileName(String name) {
        if (name == null || name.isBlank()) {
            return "upload.csv";
        }
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (base.isEmpty()) {
            return "upload.csv";
        }
        return base.length() > 300 ? base.substring(0, 300) : base;
    }
}
