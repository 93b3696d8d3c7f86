package org.ssaplanner.shared.database;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One application at a time on a persistent data directory, and no start blocked by a server that a dead
 * application left running.
 * <p>
 * The embedded library starts PostgreSQL with {@code pg_ctl}, which detaches it: when the JVM dies without
 * stopping it ({@code kill -9}, the OOM killer), the server lives on holding the directory, and the next start
 * would wait in vain ({@code lock file "postmaster.pid" already exists}). The library also holds a
 * {@link FileLock} on {@value #LOCK_FILE_NAME} for the life of the owning JVM, which the operating system drops
 * when that JVM dies. So a lock that can be taken means the owner is dead, and a PostgreSQL still serving the
 * directory is an orphan: it is stopped cleanly ({@code pg_ctl stop -m fast}, which ends with a checkpoint) and
 * started afresh by this application. A lock that cannot be taken means a live owner: the start is refused and
 * nothing is touched.
 */
final class DataDirectoryGuard {

    /** The embedded library's lock file in the data directory. */
    static final String LOCK_FILE_NAME = "epg-lock";

    private static final Logger log = LoggerFactory.getLogger(DataDirectoryGuard.class);
    private static final Duration STOP_TIMEOUT = Duration.ofMinutes(2);
    private static final boolean WINDOWS = System.getProperty("os.name", "").startsWith("Windows");

    /**
     * Directories held by servers of this JVM. A second lock on a file the JVM has locked already fails with
     * {@link OverlappingFileLockException}, and on POSIX systems closing any channel of a locked file drops
     * every lock the process holds on it, so this JVM never opens the lock file of a directory it holds.
     */
    private static final Set<Path> CLAIMED = ConcurrentHashMap.newKeySet();

    private DataDirectoryGuard() {
    }

    /**
     * Claims {@code directory} for a server of this JVM, clearing what a dead owner left behind.
     *
     * @return the claim, to release once the server has stopped
     * @throws EmbeddedDatabaseInUseException when a live application holds the directory
     */
    static Claim claim(Path directory) throws IOException {
        Path key = directory.toRealPath();
        if (!CLAIMED.add(key)) {
            throw new EmbeddedDatabaseInUseException(directory, "another application in this same process",
                    PostmasterPidFile.read(directory));
        }
        try {
            // a directory without a cluster yet has nothing to take over, and initdb wants it free of other files
            if (Files.exists(directory.resolve("postgresql.conf"))) {
                try (FileChannel channel = FileChannel.open(directory.resolve(LOCK_FILE_NAME),
                        StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                    FileLock lock = tryLock(channel);
                    if (lock == null) {
                        throw new EmbeddedDatabaseInUseException(directory, "another running application",
                                PostmasterPidFile.read(directory));
                    }
                    try {
                        clearLeftovers(directory);
                    } finally {
                        lock.release(); // the embedded library takes it next
                    }
                }
            }
            return new Claim(key);
        } catch (IOException | RuntimeException e) {
            CLAIMED.remove(key);
            throw e;
        }
    }

    /** After a failed start: stops the server this application may have left running, so that none is orphaned. */
    static void stopServerOf(Path directory) {
        PostmasterPidFile.read(directory).filter(PostmasterPidFile::readable).ifPresent(file ->
                ProcessHandle.of(file.pid()).filter(DataDirectoryGuard::alive)
                        .filter(process -> identify(process, directory) == Identity.POSTMASTER_OF_DIRECTORY)
                        .ifPresent(process -> {
                            try {
                                Duration took = stop(process, directory);
                                log.warn("Embedded PostgreSQL: stopped the server ({}) on {} after the failed start, "
                                        + "in {} ms", file.describe(), directory, took.toMillis());
                            } catch (IOException | RuntimeException e) {
                                log.warn("Embedded PostgreSQL: could not stop the server ({}) on {} after the failed "
                                        + "start: {}", file.describe(), directory, e.getMessage());
                            }
                        }));
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held in this JVM by something that did not go through claim()
        }
    }

    private static void clearLeftovers(Path directory) throws IOException {
        Optional<PostmasterPidFile> found = PostmasterPidFile.read(directory);
        if (found.isEmpty()) {
            return; // stopped cleanly last time
        }
        PostmasterPidFile file = found.get();
        Path pidFile = directory.resolve(PostmasterPidFile.FILE_NAME);
        if (!file.readable()) {
            Files.deleteIfExists(pidFile);
            log.warn("Embedded PostgreSQL: removed an unreadable {} from {} (written half by a crash; no application "
                    + "holds the directory); PostgreSQL recovers from its write-ahead log on start",
                    PostmasterPidFile.FILE_NAME, directory);
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(file.pid()).filter(DataDirectoryGuard::alive);
        if (process.isEmpty()) {
            log.info("Embedded PostgreSQL: the last run on {} ended without a clean shutdown (its server, process {}, "
                    + "is gone); PostgreSQL recovers from its write-ahead log on start", directory, file.pid());
            return;
        }
        switch (identify(process.get(), directory)) {
            case POSTMASTER_OF_DIRECTORY -> {
                Duration took = stop(process.get(), directory);
                log.warn("Embedded PostgreSQL: stopped the server ({}) that an application which ended without "
                        + "stopping it had left running on {}, in {} ms; starting it afresh", file.describe(),
                        directory, took.toMillis());
            }
            case OTHER_PROCESS -> {
                Files.deleteIfExists(pidFile);
                log.warn("Embedded PostgreSQL: removed the stale {} from {} (its server, process {}, is gone and the "
                        + "number now belongs to another program); PostgreSQL recovers from its write-ahead log on "
                        + "start", PostmasterPidFile.FILE_NAME, directory, file.pid());
            }
            case UNKNOWN -> throw new IllegalStateException("Cannot tell whether process " + file.pid() + ", named in "
                    + pidFile + ", is a PostgreSQL serving that directory: if it is, stop it; if not, delete that "
                    + "file; then start again.");
        }
    }

    private enum Identity { POSTMASTER_OF_DIRECTORY, OTHER_PROCESS, UNKNOWN }

    private static Identity identify(ProcessHandle process, Path directory) {
        if (process.pid() == ProcessHandle.current().pid()) {
            return Identity.OTHER_PROCESS;
        }
        Optional<String> command = process.info().command();
        if (command.isEmpty()) {
            return Identity.UNKNOWN;
        }
        String name = Path.of(command.get()).getFileName().toString();
        if (!name.equals("postgres") && !name.equals("postgres.exe")) {
            return Identity.OTHER_PROCESS;
        }
        String[] arguments = process.info().arguments().orElse(new String[0]);
        for (int i = 0; i + 1 < arguments.length; i++) {
            if (arguments[i].equals("-D") && samePath(Path.of(arguments[i + 1]), directory)) {
                return Identity.POSTMASTER_OF_DIRECTORY;
            }
        }
        // the postmaster's working directory is its data directory (also when it was given PGDATA instead of -D)
        Optional<Path> workingDirectory = workingDirectory(process);
        if (workingDirectory.isPresent() && samePath(workingDirectory.get(), directory)) {
            return Identity.POSTMASTER_OF_DIRECTORY;
        }
        return arguments.length == 0 && workingDirectory.isEmpty() ? Identity.UNKNOWN : Identity.OTHER_PROCESS;
    }

    private static Optional<Path> workingDirectory(ProcessHandle process) {
        try {
            return Optional.of(Files.readSymbolicLink(Path.of("/proc", Long.toString(process.pid()), "cwd")));
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty(); // no /proc (macOS, Windows) or not ours to read
        }
    }

    /** Fast shutdown with the server's own pg_ctl (the binaries it runs from), else SIGTERM; then waits for it. */
    private static Duration stop(ProcessHandle postmaster, Path directory) throws IOException {
        long started = System.nanoTime();
        Optional<Path> pgCtl = postmaster.info().command()
                .map(command -> Path.of(command).resolveSibling(WINDOWS ? "pg_ctl.exe" : "pg_ctl"))
                .filter(Files::isExecutable);
        if (pgCtl.isPresent()) {
            List<String> command = new ArrayList<>();
            if (LinuxUtils.isUnshareAvailable()) {
                command.addAll(List.of("unshare", "-U")); // pg_ctl refuses to run as root; the library does the same
            }
            command.addAll(List.of(pgCtl.get().toString(), "stop", "-D", directory.toString(), "-m", "fast", "-w",
                    "-t", Long.toString(STOP_TIMEOUT.toSeconds())));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), UTF_8).strip();
            try {
                if (process.waitFor() != 0) {
                    log.debug("pg_ctl stop on {} failed: {}", directory, output);
                    postmaster.destroy();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("Interrupted while stopping PostgreSQL on " + directory, e);
            }
        } else {
            postmaster.destroy(); // SIGTERM, a "smart" shutdown: the dead application's connections are gone
        }
        if (!awaitExit(postmaster, STOP_TIMEOUT)) {
            throw new IllegalStateException("Could not stop PostgreSQL (process " + postmaster.pid() + ") on "
                    + directory + " within " + STOP_TIMEOUT.toSeconds() + " s; stop it (kill -INT "
                    + postmaster.pid() + ") and start again.");
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }

    static boolean awaitExit(ProcessHandle process, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (alive(process)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return !alive(process);
            }
        }
        return true;
    }

    /** Alive and not a zombie (an exited process whose parent, here often init, has not reaped it yet). */
    static boolean alive(ProcessHandle process) {
        if (!process.isAlive()) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            int end = stat.lastIndexOf(')');
            return end < 0 || end + 2 >= stat.length() || stat.charAt(end + 2) != 'Z';
        } catch (IOException | RuntimeException e) {
            return process.isAlive();
        }
    }

    private static boolean samePath(Path candidate, Path directory) {
        Path a = candidate.toAbsolutePath().normalize();
        Path b = directory.toAbsolutePath().normalize();
        if (a.equals(b)) {
            return true;
        }
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /** A directory held by a server of this JVM; released once that server has stopped. */
    static final class Claim {

        private final Path key;

        private Claim(Path key) {
            this.key = key;
        }

        static Claim none() {
            return new Claim(null);
        }

        void release() {
            if (key != null) {
                CLAIMED.remove(key);
            }
        }
    }
}
