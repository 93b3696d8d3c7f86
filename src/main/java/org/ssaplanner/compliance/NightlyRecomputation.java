package org.ssaplanner.compliance;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.ssaplanner.shared.security.SystemAuthentication;

/**
 * Nightly recomputation of all findings, for date-based rules (authority sunsets, waiver expiry,
 * notification waiting periods). Runs once across instances: the instance that gets the PostgreSQL
 * session advisory lock does the work, the others skip.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class NightlyRecomputation {

    /** Advisory lock key: "COMPLIAN" in ASCII, unique to this job. */
    static final long LOCK_KEY = 0x434F4D504C49414EL;

    private static final Logger LOG = LoggerFactory.getLogger(NightlyRecomputation.class);

    private final FindingRecomputationService recomputation;
    private final WaiverPressureService waiverPressure;
    private final JdbcTemplate jdbc;

    NightlyRecomputation(FindingRecomputationService recomputation, WaiverPressureService waiverPressure,
            JdbcTemplate jdbc) {
        this.recomputation = recomputation;
        this.waiverPressure = waiverPressure;
        this.jdbc = jdbc;
    }

    @Scheduled(cron = "${ssa.compliance.nightly-cron:0 15 2 * * *}", zone = "UTC")
    void nightly() {
        run();
    }

    /** Returns the number of programs recomputed, or -1 when another instance holds the lock. */
    int run() {
        Integer result = jdbc.execute((ConnectionCallback<Integer>) connection -> {
            boolean locked;
            try (var statement = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
                statement.setLong(1, LOCK_KEY);
                try (var rs = statement.executeQuery()) {
                    rs.next();
                    locked = rs.getBoolean(1);
                }
            }
            if (!locked) {
                LOG.info("Nightly compliance recomputation skipped: another instance is running it");
                return -1;
            }
            try {
                int count = SystemAuthentication.call(recomputation::recomputeAll);
                // every finding was rewritten: fold the logged count changes now rather than on the first view
                int folded = SystemAuthentication.call(waiverPressure::foldChanges);
                LOG.info("Nightly compliance recomputation: {} programs evaluated, {} waiver pressure changes folded",
                        count, folded);
                return count;
            } finally {
                try (var statement = connection.prepareStatement("select pg_advisory_unlock(?)")) {
                    statement.setLong(1, LOCK_KEY);
                    statement.execute();
                }
            }
        });
        return result == null ? -1 : result;
    }
}
