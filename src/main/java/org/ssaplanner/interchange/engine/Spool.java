package org.ssaplanner.interchange.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.ssaplanner.interchange.ImportProperties;

/** Keeps uploaded files on disk (streamed, hashed with SHA-256 on the way) so imports can run later and again. */
@Component
public class Spool {

    public record Stored(Path path, long size, String sha256) {
    }

    private final ImportProperties properties;

    Spool(ImportProperties properties) {
        this.properties = properties;
    }

    public Stored store(InputStream content) {
        try {
            Path directory = properties.spoolDirectory().toAbsolutePath();
            Files.createDirectories(directory);
            Path target = directory.resolve(UUID.randomUUID() + ".csv");
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            long size;
            try (DigestInputStream in = new DigestInputStream(content, sha256);
                    OutputStream out = Files.newOutputStream(target)) {
                size = in.transferTo(out);
            }
            return new Stored(target, size, HexFormat.of().formatHex(sha256.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // a left-over file does no harm
        }
    }
}
