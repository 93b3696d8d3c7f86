package org.ssaplanner.interchange.domain;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.ssaplanner.interchange.ImportStatus;

/**
 * Runs imports in the background on a small bounded pool of its own (not a bean, so Boot's application
 * task executor stays as it is). A full queue fails the upload as "busy" rather than piling up work.
 * At start-up, imports left queued or running by a stopped application are marked failed: their
 * transaction never committed, so none of their rows are visible, and they can be run again.
 * (With several instances, this start-up sweep must move to a lease or advisory lock; see the report.)
 */
@Component
public class ImportQueue implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ImportQueue.class);

    private final ThreadPoolTaskExecutor executor;
    private final ImportRunner runner;
    private final ImportLog importLog;

    ImportQueue(ImportProperties properties, ImportRunner runner, ImportLog importLog) {
        this.runner = runner;
        this.importLog = importLog;
        this.executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(properties.threads());
        executor.setMaxPoolSize(properties.threads());
        executor.setQueueCapacity(properties.queueCapacity());
        executor.setThreadNamePrefix("import-");
        executor.setWaitForTasksToCompleteOnShutdown(false);
        executor.initialize();
    }

    public void submit(long importId) {
        try {
            executor.execute(() -> runner.run(importId));
        } catch (TaskRejectedException e) {
            importLog.finishUnsuccessfully(importId, ImportStatus.FAILED, "import.failed.busy", List.of());
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void failInterruptedImports() {
        int count = importLog.failInterrupted();
        if (count > 0) {
            log.warn("{} import(s) were interrupted by the last shutdown and are marked failed", count);
        }
    }

    @Override
    public void destroy() {
        executor.shutdown();
    }
}
