package org.ssaplanner.interchange.domain;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where uploaded files are kept (so that a failed import can be run again) and how imports are run.
 *
 * @param spoolDirectory directory for uploaded files; with several instances, storage they all share
 * @param threads        imports this instance runs at the same time (each holds a database connection and a core)
 * @param pollInterval   how often an idle instance looks for queued imports (those queued on other instances
 *                       included) and for imports left running by a stopped instance
 */
@ConfigurationProperties("ssa.interchange")
public record ImportProperties(Path spoolDirectory, Integer threads, Duration pollInterval) {

    public ImportProperties {
        spoolDirectory = spoolDirectory == null ? Path.of("data", "imports") : spoolDirectory;
        threads = threads == null || threads < 1 ? 1 : threads;
        pollInterval = pollInterval == null || pollInterval.isNegative() || pollInterval.isZero()
                ? Duration.ofSeconds(5) : pollInterval;
    }
}
