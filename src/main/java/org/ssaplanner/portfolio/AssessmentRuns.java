package org.ssaplanner.portfolio;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs "compute all" in the background, the shape of the import queue ({@code interchange} ImportQueue and
 * ImportRunner): the job is a row of {@code portfolio_assessment_run}, so that any instance shows its progress and
 * it outlives the request that started it; one transaction per plan, which also counts the plan on the run (a
 * failing plan is rolled back alone, recorded and reported; the others are kept); only one run at a time across
 * instances (a partial unique index refuses a second running row). A run whose instance stopped without finishing
 * it is marked interrupted: at once when the instance shuts down, else once its heartbeat (written with every plan)
 * is older than {@link #STALE}.
 */
@Component
class AssessmentRuns implements DisposableBean {

    static final Duration STALE = Duration.ofMinutes(5);
    private static final Logger log = LoggerFactory.getLogger(AssessmentRuns.class);
    private static final String STATUS = "case when status = 'RUNNING' and heartbeat_at < now() - interval '"
            + STALE.toSeconds() + " seconds' then 'INTERRUPTED' else status end";

    /** One plan's computation, in the transaction the run opens for it. */
    interface PlanWork {
        int compute(long planId, Map<String, AssessmentService.Context> contexts);
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate own;
    private final ExecutorService executor;
    private volatile Long current;

    AssessmentRuns(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        CustomizableThreadFactory threads = new CustomizableThreadFactory("portfolio-assess-");
        threads.setDaemon(true);
        this.executor = Executors.newSingleThreadExecutor(threads);
    }

    /** Records a new run of {@code plans} plans; refuses when one is in progress. Committed when it returns. */
    long start(String startedBy, int plans) {
        try {
            Long id = own.execute(status -> {
                jdbc.update("update portfolio_assessment_run set status = 'INTERRUPTED', finished_at = heartbeat_at"
                        + " where status = 'RUNNING' and heartbeat_at < now() - interval '" + STALE.toSeconds()
                        + " seconds'");
                return jdbc.queryForObject("insert into portfolio_assessment_run (status, started_by, started_at,"
                        + " heartbeat_at, plans_total) values ('RUNNING', ?, now(), now(), ?) returning id", Long.class,
                        startedBy, plans);
            });
            return id;
        } catch (DuplicateKeyException e) {
            throw new AssessmentRunningException(latest().orElse(null));
        }
    }

    /** Computes the plans one by one on the job's thread, as the user who started the run. */
    void submit(long runId, List<Long> planIds, Authentication startedBy, PlanWork work) {
        executor.execute(() -> {
            SecurityContext previous = SecurityContextHolder.getContext();
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(startedBy);
            SecurityContextHolder.setContext(context);
            try {
                run(runId, planIds, work);
            } finally {
                SecurityContextHolder.setContext(previous);
            }
        });
    }

    /** The run on this thread (tests; {@link #submit} for the background). */
    void run(long runId, List<Long> planIds, PlanWork work) {
        current = runId;
        Map<String, AssessmentService.Context> contexts = new HashMap<>();
        long started = System.nanoTime();
        int failed = 0;
        try {
            for (long planId : planIds) {
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
                try {
                    own.executeWithoutResult(status -> {
                        int programs = work.compute(planId, contexts);
                        jdbc.update("update portfolio_assessment_run set plans_done = plans_done + 1,"
                                + " programs_assessed = programs_assessed + ?, heartbeat_at = now() where id = ?",
                                programs, runId);
                    });
                } catch (RuntimeException e) {
                    failed++;
                    log.error("Portfolio assessment run {}: plan {} could not be computed", runId, planId, e);
                    String message = String.valueOf(e);
                    own.executeWithoutResult(status -> {
                        jdbc.update("insert into portfolio_assessment_run_failure (run_id, plan_id, message)"
                                + " values (?, ?, ?)", runId, planId,
                                message.length() > 1000 ? message.substring(0, 1000) : message);
                        jdbc.update("update portfolio_assessment_run set plans_failed = plans_failed + 1,"
                                + " heartbeat_at = now() where id = ?", runId);
                    });
                }
            }
            own.executeWithoutResult(status -> jdbc.update("update portfolio_assessment_run set status = 'FINISHED',"
                    + " finished_at = now(), heartbeat_at = now() where id = ? and status = 'RUNNING'", runId));
            log.info("Portfolio assessment run {}: {} plans computed in {} s, {} failed", runId,
                    planIds.size() - failed, (System.nanoTime() - started) / 1_000_000_000, failed);
        } catch (RuntimeException e) {
            log.error("Portfolio assessment run {} stopped", runId, e);
            interrupt(runId);
        } finally {
            current = null;
        }
    }

    /** The latest run, with the plans it could not compute (the first 50); empty when none ever ran. */
    Optional<AssessmentRun> latest() {
        List<AssessmentRun> runs = jdbc.query("select id, " + STATUS + " as shown_status, started_by, started_at,"
                + " finished_at, plans_total, plans_done, plans_failed, programs_assessed"
                + " from portfolio_assessment_run order by started_at desc, id desc limit 1",
                (rs, i) -> new AssessmentRun(rs.getLong("id"), AssessmentRun.Status.valueOf(rs.getString(2)),
                        rs.getString("started_by"), rs.getTimestamp("started_at").toInstant(),
                        rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toInstant(),
                        rs.getInt("plans_total"), rs.getInt("plans_done"), rs.getInt("plans_failed"),
                        rs.getInt("programs_assessed"), List.of()));
        if (runs.isEmpty()) {
            return Optional.empty();
        }
        AssessmentRun run = runs.get(0);
        if (run.plansFailed() == 0) {
            return Optional.of(run);
        }
        List<AssessmentRun.FailedPlan> failures = jdbc.query("select plan_id from portfolio_assessment_run_failure"
                + " where run_id = ? order by plan_id limit 50", (rs, i) -> new AssessmentRun.FailedPlan(rs.getLong(1)),
                run.id());
        return Optional.of(new AssessmentRun(run.id(), run.status(), run.startedBy(), run.startedAt(),
                run.finishedAt(), run.plansTotal(), run.plansDone(), run.plansFailed(), run.programsAssessed(),
                failures));
    }

    private void interrupt(long runId) {
        own.executeWithoutResult(status -> jdbc.update("update portfolio_assessment_run set status = 'INTERRUPTED',"
                + " finished_at = now() where id = ? and status = 'RUNNING'", runId));
    }

    /** The instance stops: its run (if any) is marked interrupted rather than left to look running. */
    @Override
    public void destroy() throws InterruptedException {
        executor.shutdownNow();
        executor.awaitTermination(10, TimeUnit.SECONDS);
        Long runId = current;
        if (runId != null) {
            try {
                interrupt(runId);
            } catch (RuntimeException e) {
                log.warn("Portfolio assessment run {} could not be marked interrupted", runId, e);
            }
        }
    }
}
