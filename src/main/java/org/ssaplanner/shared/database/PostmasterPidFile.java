package org.ssaplanner.shared.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a running (or crashed) PostgreSQL wrote into {@code postmaster.pid} in its data directory: its process id,
 * the directory it serves and its port (PostgreSQL's lock file; lines 1, 2 and 4).
 *
 * @param pid           the postmaster's process id, or -1 when the file is unreadable (written half by a crash)
 * @param dataDirectory the directory it says it serves
 * @param port          its TCP port, or -1 when unknown
 */
record PostmasterPidFile(long pid, String dataDirectory, int port) {

    static final String FILE_NAME = "postmaster.pid";

    static Optional<PostmasterPidFile> read(Path directory) {
        List<String> lines;
        try {
            lines = Files.readAllLines(directory.resolve(FILE_NAME));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(new PostmasterPidFile(-1, "", -1));
        }
        return Optional.of(new PostmasterPidFile(number(lines, 0), lines.size() > 1 ? lines.get(1).trim() : "",
                (int) number(lines, 3)));
    }

    boolean readable() {
        return pid > 0;
    }

    String describe() {
        return port > 0 ? "process " + pid + " on port " + port : "process " + pid;
    }

    private static long number(List<String> lines, int index) {
        if (lines.size() <= index) {
            return -1;
        }
        try {
            return Long.parseLong(lines.get(index).trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
