package org.ssaplanner.interchange.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SeenKeysTests {

    @Test
    void aRepeatedKeyGivesTheLineItWasFirstSeenOn() {
        SeenKeys seen = new SeenKeys();
        assertThat(seen.firstLine(7, 8, 2)).isZero();
        assertThat(seen.firstLine(7, 9, 3)).as("same high half, other low half: another key").isZero();
        assertThat(seen.firstLine(7, 8, 4)).isEqualTo(2);
        assertThat(seen.firstLine(7, 9, 5)).isEqualTo(3);
        assertThat(seen.size()).isEqualTo(2);
    }

    @Test
    void keepsEveryKeyAcrossGrowth() {
        SeenKeys seen = new SeenKeys();
        Random random = new Random(1);
        int keys = 300_000;
        long[] highs = new long[keys];
        long[] lows = new long[keys];
        for (int i = 0; i < keys; i++) {
            highs[i] = random.nextLong();
            lows[i] = random.nextLong();
            assertThat(seen.firstLine(highs[i], lows[i], i + 2L)).isZero();
        }
        for (int i = 0; i < keys; i += 997) {
            assertThat(seen.firstLine(highs[i], lows[i], keys + 10L)).isEqualTo(i + 2L);
        }
        assertThat(seen.size()).isEqualTo(keys);
    }
}
