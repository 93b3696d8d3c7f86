package org.ssaplanner.interchange.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RowBatchTests {

    private static String row(RowBatch batch, int row) {
        return new String(batch.data(), batch.start(row), batch.end(row) - batch.start(row), StandardCharsets.UTF_8);
    }

    @Test
    void writesCopyCsvQuotingOnlyWhatNeedsIt() {
        RowBatch batch = new RowBatch();
        batch.putHex(0x0123456789abcdefL);
        batch.put((byte) ',');
        batch.putDecimal(42);
        for (String value : new String[] {"plain", "a,b", "say \"hi\"", "two\nlines", "caf\u00e9"}) {
            batch.put((byte) ',');
            batch.putCsv(value.getBytes(StandardCharsets.UTF_8));
        }
        batch.put((byte) ',');
        batch.put("\n".getBytes(StandardCharsets.US_ASCII));
        batch.endRow(1, 2);
        batch.putCsv("second".getBytes(StandardCharsets.UTF_8));
        batch.endRow(3, 4);

        assertThat(batch.rows()).isEqualTo(2);
        assertThat(row(batch, 0)).isEqualTo("0123456789abcdef,42,plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",caf\u00e9,\n");
        assertThat(row(batch, 1)).isEqualTo("second");
        assertThat(batch.high(1)).isEqualTo(3);
        assertThat(batch.low(1)).isEqualTo(4);
    }

    @Test
    void growsPastItsFirstBuffer() {
        RowBatch batch = new RowBatch();
        byte[] value = "x".repeat(1000).getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < 5000; i++) {
            batch.putCsv(value);
            batch.endRow(i, i);
        }
        assertThat(batch.bytes()).isEqualTo(5_000_000);
        assertThat(batch.end(4999) - batch.start(4999)).isEqualTo(1000);
        assertThat(batch.high(4999)).isEqualTo(4999);
    }
}
