package org.ssaplanner.shared.database;

import java.nio.file.Path;
import java.util.Optional;

/** The persistent data directory belongs to an application that is still running; its server was left alone. */
public class EmbeddedDatabaseInUseException extends RuntimeException {

    private final transient Path directory;

    EmbeddedDatabaseInUseException(Path directory, String owner, Optional<PostmasterPidFile> server) {
        super("The embedded database directory " + directory + " is in use by " + owner
                + server.filter(PostmasterPidFile::readable).map(file -> " (its PostgreSQL is " + file.describe() + ")")
                        .orElse(""));
        this.directory = directory;
    }

    public Path getDirectory() {
        return directory;
    }
}
