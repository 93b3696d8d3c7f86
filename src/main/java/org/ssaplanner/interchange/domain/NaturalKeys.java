package org.ssaplanner.interchange.domain;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import org.ssaplanner.interchange.ImportFormat;

/**
 * The natural key of a published row: MD5 over the format's key columns (blank as empty text), joined by the
 * unit separator U+001F, taken as a UUID. The same digest as PostgreSQL's
 * {@code md5(coalesce(c1, '') || E'\x1f' || ...)::uuid}, which keyed the rows of earlier versions; computed
 * here so that in-file duplicates and rows already stored are known before a row is written. One instance per
 * thread (MessageDigest is not thread-safe).
 */
final class NaturalKeys {

    private final int[] keyIndexes;
    private final MessageDigest md5;
    private final ByteBuffer digest = ByteBuffer.allocate(16);

    NaturalKeys(ImportFormat format) {
        List<String> keyColumns = format.keyColumns();
        this.keyIndexes = keyColumns.stream().mapToInt(format::indexOf).toArray();
        try {
            this.md5 = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Digests the row's key from its values in UTF-8; read the result with {@link #high()} and {@link #low()}. */
    void digest(byte[][] utf8Values) {
        for (int i = 0; i < keyIndexes.length; i++) {
            if (i > 0) {
                md5.update((byte) 0x1f);
            }
            byte[] value = utf8Values[keyIndexes[i]];
            if (value != null) {
                md5.update(value);
            }
        }
        digest.clear();
        digest.put(md5.digest()).flip();
    }

    long high() {
        return digest.getLong(0);
    }

    long low() {
        return digest.getLong(8);
    }
}
