package org.ssaplanner.interchange.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RowBatchTests {

    @Test
    void writesBinaryCopyTuplesAndRemembersEachRowsKey() {
        RowBatch batch = new RowBatch();
        batch.startRow(4);
        batch.putUuidField(0x0123456789abcdefL, -1L);
        batch.putBigintField(42);
        batch.putField("caf\u00e9".getBytes(StandardCharsets.UTF_8));
        batch.putField(null);
        batch.endRow(1, 2, "SLV", "A-1");
        batch.startRow(1);
        batch.putField(new byte[0]);
        batch.endRow(3, 4, "SLV", "");

        ByteBuffer first = ByteBuffer.wrap(batch.data(), batch.start(0), batch.end(0) - batch.start(0));
        assertThat(first.getShort()).isEqualTo((short) 4);
        assertThat(first.getInt()).isEqualTo(16);
        assertThat(first.getLong()).isEqualTo(0x0123456789abcdefL);
        assertThat(first.getLong()).isEqualTo(-1L);
        assertThat(first.getInt()).isEqualTo(8);
        assertThat(first.getLong()).isEqualTo(42);
        assertThat(first.getInt()).as("UTF-8 length").isEqualTo(5);
        byte[] text = new byte[5];
        first.get(text);
        assertThat(new String(text, StandardCharsets.UTF_8)).isEqualTo("caf\u00e9");
        assertThat(first.getInt()).as("NULL").isEqualTo(-1);
        assertThat(first.hasRemaining()).isFalse();

        assertThat(batch.rows()).isEqualTo(2);
        assertThat(batch.end(1) - batch.start(1)).isEqualTo(2 + 4);
        assertThat(batch.high(1)).isEqualTo(3);
        assertThat(batch.low(1)).isEqualTo(4);
        assertThat(batch.country(0)).isEqualTo("SLV");
        assertThat(batch.activity(0)).isEqualTo("A-1");
    }

    @Test
    void growsPastItsFirstBuffer() {
        RowBatch batch = new RowBatch();
        byte[] value = "x".repeat(1000).getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < 5000; i++) {
            batch.startRow(1);
            batch.putField(value);
            batch.endRow(i, i, "SLV", "A");
        }
        assertThat(batch.bytes()).isEqualTo(5000 * (2 + 4 + 1000));
        assertThat(batch.end(4999) - batch.start(4999)).isEqualTo(1006);
        assertThat(batch.high(4999)).isEqualTo(4999);
    }

    @Test
    void theCopyHeaderIsPostgresqlsBinarySignature() {
        assertThat(RowBatch.COPY_HEADER).hasSize(19);
        assertThat(new String(RowBatch.COPY_HEADER, 0, 6, StandardCharsets.US_ASCII)).isEqualTo("PGCOPY");
    }
}
