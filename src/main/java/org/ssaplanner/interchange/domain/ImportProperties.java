package org.ssaplanner.interchange.domain;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where uploaded files are kept (so that a failed import can be run again) and how many imports run at once.
 *
 * @param spoolDirectory directory for uploaded files
 * @param threads imports that run at the same time (each holds a database connection and a core)
 * @param queueCapacity imports that may wait; beyond that an upload is marked failed ("busy")
 */
@ConfigurationProperties("ssa.interchange")
public record ImportProperties(Path spoolDirectory, Integer threads, Integer queueCapacity) {

    public ImportProperties {
        spoolDirectory = spoolDirectory == null ? Path.of("data", "imports") : spoolDirectory;
        threads = threads == null || threads < 1 ? 1 : threads;
        queueCapacity = queueCapacity == null || queueCapacity < 1 ? 20 : queueCapacity;
    }
}
