package org.ssaplanner.interchange.engine;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
import org.ssaplanner.interchange.ImportFormat;

/**
 * The two digests of a published row, each MD5 over values (blank as empty text) joined by the unit separator
 * U+001F and taken as a UUID, as PostgreSQL's {@code md5(coalesce(c1, '') || E'\x1f' || ...)::uuid} computes them:
 * <ul>
 * <li>the <b>natural key</b> over the format's key columns (the digest earlier versions computed in SQL; in the
 * country summary the name counts only under the code NULL): finds repeats within one file and pairs the old and
 * new version of a row in an import's diff;</li>
 * <li>the <b>content key</b> over every published column in order, amounts as PostgreSQL writes a numeric(19,2)
 * ({@code 8500000.00}): two rows are the same row exactly when their content keys are equal, which is how an
 * import finds the rows of its file that are stored already.</li>
 * </ul>
 * Computed here so that both are known before a row is written. One instance per thread (MessageDigest is not
 * thread-safe).
 */
final class NaturalKeys {

    private static final byte[] NULL_CODE = ImportFormat.NULL_COUNTRY_CODE.getBytes(StandardCharsets.UTF_8);

    private final int[] keyIndexes;
    private final int countryCode;
    /** The key's country-name position counts only under the code NULL; -1 when the key has no name. */
    private final int nameKeyPosition;
    private final MessageDigest md5;
    private final ByteBuffer digest = ByteBuffer.allocate(16);
    private final ByteBuffer content = ByteBuffer.allocate(16);

    NaturalKeys(ImportFormat format) {
        List<String> keyColumns = format.keyColumns();
        this.keyIndexes = keyColumns.stream().mapToInt(format::indexOf).toArray();
        this.countryCode = format.countryCodeIndex();
        this.nameKeyPosition = format.nameOnlyUnderNullCode() ? keyColumns.indexOf("country_name") : -1;
        try {
            this.md5 = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Digests the row's natural key from its values in UTF-8; read the result with {@link #high()} and {@link #low()}. */
    void digest(byte[][] utf8Values) {
        boolean nullCode = Arrays.equals(utf8Values[countryCode], NULL_CODE);
        for (int i = 0; i < keyIndexes.length; i++) {
            if (i > 0) {
                md5.update((byte) 0x1f);
            }
            byte[] value = utf8Values[keyIndexes[i]];
            if (value != null && (i != nameKeyPosition || nullCode)) {
                md5.update(value);
            }
        }
        digest.clear();
        digest.put(md5.digest()).flip();
    }

    /**
     * Digests the row's content key from all its values in UTF-8, amounts given in their numeric(19,2) text;
     * read the result with {@link #contentHigh()} and {@link #contentLow()}.
     */
    void digestContent(byte[][] utf8Values) {
        for (int i = 0; i < utf8Values.length; i++) {
            if (i > 0) {
                md5.update((byte) 0x1f);
            }
            if (utf8Values[i] != null) {
                md5.update(utf8Values[i]);
            }
        }
        content.clear();
        content.put(md5.digest()).flip();
    }

    long high() {
        return digest.getLong(0);
    }

    long low() {
        return digest.getLong(8);
    }

    long contentHigh() {
        return content.getLong(0);
    }

    long contentLow() {
        return content.getLong(8);
    }
}
