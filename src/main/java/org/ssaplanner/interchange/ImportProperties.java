package org.ssaplanner.interchange;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Where uploaded files are kept (so that a failed import can be run again) and how imports are run.
 *
 * @param spoolDirectory directory for uploaded files; with several instances, storage they all share
 * @param threads        imports this instance runs at the same time (each holds a database connection and a core)
 * @param pollInterval   how often an idle instance looks for queued imports (those queued on other instances
 *                       included) and for imports left running by a stopped instance
 * @param maxFileSize    the largest file an import accepts (default 2 GB); the servlet-wide multipart limit
 *                       ({@code spring.servlet.multipart.max-file-size}) must be at least as large
 */
@ConfigurationProperties("ssa.interchange")
public record ImportProperties(Path spoolDirectory, Integer threads, Duration pollInterval, DataSize maxFileSize) {

    public ImportProperties {
        spoolDirectory = spoolDirectory == null ? Path.of("data", "imports") : spoolDirectory;
        threads = threads == null || threads < 1 ? 1 : threads;
        pollInterval = pollInterval == null || pollInterval.isNegative() || pollInterval.isZero()
                ? Duration.ofSeconds(5) : pollInterval;
        maxFileSize = maxFileSize == null || maxFileSize.toBytes() <= 0 ? DataSize.ofGigabytes(2) : maxFileSize;
    }
}
