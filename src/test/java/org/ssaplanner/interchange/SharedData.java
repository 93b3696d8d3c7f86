package org.ssaplanner.interchange;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real ForeignAssistance.gov files in the shared data directory beside the project: {@code ../shared/data}
 * from the working directory (a worktree or a clean clone next to {@code shared/}); otherwise the first
 * {@code shared/data} found walking up from the working directory, or the directory named by the system
 * property / environment variable {@code SSA_SHARED_DATA}. Missing data is an error, never a silent skip.
 */
final class SharedData {

    static final String FA_GOV = "foreignassistance-gov";

    private SharedData() {
    }

    static Path faGov(String fileName) {
        Path file = root().resolve(FA_GOV).resolve(fileName);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("Shared data file missing: " + file.toAbsolutePath());
        }
        return file;
    }

    static Path root() {
        String configured = System.getProperty("SSA_SHARED_DATA", System.getenv("SSA_SHARED_DATA"));
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        Path working = Path.of("").toAbsolutePath();
        Path beside = working.resolve("..").resolve("shared").resolve("data").normalize();
        if (Files.isDirectory(beside.resolve(FA_GOV))) {
            return beside;
        }
        for (Path dir = working; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data");
            if (Files.isDirectory(candidate.resolve(FA_GOV))) {
                return candidate;
            }
        }
        throw new IllegalStateException("No shared/data/" + FA_GOV + " beside " + working
                + " (set SSA_SHARED_DATA to the shared data directory)");
    }
}
