package org.ssaplanner.interchange.engine;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.ssaplanner.interchange.ImportDetail;
import org.ssaplanner.interchange.ImportRefusedException;
import org.ssaplanner.interchange.ImportScope;
import org.ssaplanner.interchange.VintageStatus;

/**
 * Rolls back the latest import of a scope, in the caller's transaction: deletes the rows it stored and moves the
 * rows it replaced back from the history table (same ids, same values: the previous vintage exactly), records who
 * did it and when. Takes the imported table's lock like an import does; while an import runs it refuses at once
 * instead of waiting for it.
 */
@Component
public class ImportRollback {

    private static final Logger log = LoggerFactory.getLogger(ImportRollback.class);

    private final JdbcTemplate jdbc;
    private final ImportLog importLog;
    private final Vintages vintages;
    private final ImportRunner runner;

    ImportRollback(JdbcTemplate jdbc, ImportLog importLog, Vintages vintages, ImportRunner runner) {
        this.jdbc = jdbc;
        this.importLog = importLog;
        this.vintages = vintages;
        this.runner = runner;
    }

    /** Throws {@link ImportRefusedException} (message key) when the import cannot be rolled back now. */
    public void rollBack(ImportDetail detail, String user) {
        if (detail.format() == null) {
            throw new ImportRefusedException("import.rollback.notSucceeded");
        }
        try {
            jdbc.execute("set local lock_timeout = '3s'");
            jdbc.execute(ImportSql.lock(detail.format()));
        } catch (PessimisticLockingFailureException e) {
            throw new ImportRefusedException("import.rollback.busy");
        }
        importLog.lockForRollback(detail.id());
        VintageStatus status = vintages.status(detail.id());
        if (!status.rollbackAllowed()) {
            throw new ImportRefusedException(status.reasonKey(), status.overlappedBy().stream().map(String::valueOf).toList());
        }
        ImportScope scope = vintages.scope(detail.id());
        long[] counts = vintages.rollBack(detail.id(), detail.format(), scope);
        importLog.markRolledBack(detail.id(), user);
        runner.dataChanged(detail.format(), scope);
        log.info("Import {} rolled back by {}: {} rows it stored deleted, {} rows it replaced restored", detail.id(), user,
                counts[0], counts[1]);
    }
}
