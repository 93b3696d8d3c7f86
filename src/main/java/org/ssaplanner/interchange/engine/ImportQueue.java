package org.ssaplanner.interchange.engine;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import org.ssaplanner.interchange.ImportProperties;

/**
 * Runs queued imports in the background, on any instance: the queue is the import log itself (rows in status
 * QUEUED), and a worker claims the oldest one with {@code FOR UPDATE SKIP LOCKED}, so each import runs exactly
 * once however many instances there are. An upload wakes a worker of its own instance at once; every instance
 * also looks for queued imports now and then (those of a stopped instance included) and marks failed the
 * imports a stopped instance left running (see {@link ImportLog#failInterrupted()}).
 */
@Component
public class ImportQueue implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ImportQueue.class);

    private final ImportRunner runner;
    private final ImportLog importLog;
    private final ImportProperties properties;
    private final Semaphore workers;
    private final AtomicBoolean wanted = new AtomicBoolean();
    private final ScheduledExecutorService executor;

    ImportQueue(ImportProperties properties, ImportRunner runner, ImportLog importLog) {
        this.runner = runner;
        this.importLog = importLog;
        this.properties = properties;
        this.workers = new Semaphore(properties.threads());
        // one thread more than workers: the poll never waits behind a running import
        CustomizableThreadFactory threads = new CustomizableThreadFactory("import-");
        threads.setDaemon(true);
        this.executor = Executors.newScheduledThreadPool(properties.threads() + 1, threads);
    }

    /** A new import was queued: start a worker now if one is free (otherwise a busy one takes it next). */
    public void submit(long importId) {
        wanted.set(true);
        executor.execute(this::work);
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        long every = properties.pollInterval().toMillis();
        executor.scheduleWithFixedDelay(this::poll, 0, every, TimeUnit.MILLISECONDS);
    }

    private void poll() {
        try {
            int interrupted = importLog.failInterrupted();
            if (interrupted > 0) {
                log.warn("{} import(s) were left running by a stopped application and are marked failed", interrupted);
            }
            work();
        } catch (RuntimeException e) {
            log.error("Looking for queued imports failed", e);
        }
    }

    /**
     * Claims and runs queued imports one after another while a worker is free; returns when none is left. Goes
     * round once more when an upload came in while it was finishing (its own wake-up found no free worker).
     */
    private void work() {
        while (workers.tryAcquire()) {
            try {
                wanted.set(false);
                Long importId;
                while ((importId = importLog.claimNext()) != null) {
                    runner.run(importId);
                }
            } finally {
                workers.release();
            }
            if (!wanted.get()) {
                return;
            }
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
