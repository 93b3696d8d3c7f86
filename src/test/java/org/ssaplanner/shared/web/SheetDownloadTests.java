package org.ssaplanner.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;

class SheetDownloadTests {

    @Test
    void everyRowOfEveryChunkUntilAShortOne() {
        List<Integer> read = new ArrayList<>();
        List<Integer> asked = new ArrayList<>();
        SheetDownload.eachRow(number -> {
            asked.add(number);
            return rows(2_500, number);
        }, read::add);
        assertThat(read).containsExactlyElementsOf(IntStream.range(0, 2_500).boxed().toList());
        assertThat(asked).containsExactly(0, 1, 2);
    }

    @Test
    void aListOfWholeChunksEndsOnTheEmptyOneAfter() {
        List<Integer> asked = new ArrayList<>();
        List<Integer> read = new ArrayList<>();
        SheetDownload.eachRow(number -> {
            asked.add(number);
            return rows(2 * SheetDownload.CHUNK, number);
        }, read::add);
        assertThat(read).hasSize(2 * SheetDownload.CHUNK);
        assertThat(asked).containsExactly(0, 1, 2);
    }

    /** Chunk {@code number} of a list of {@code total} rows, whose count is capped (as CappedPage's is) at 1,000. */
    private static Page<Integer> rows(int total, int number) {
        int from = number * SheetDownload.CHUNK;
        List<Integer> content = IntStream.range(from, Math.min(total, from + SheetDownload.CHUNK)).boxed().toList();
        return new PageImpl<>(content, PageRequest.of(number, SheetDownload.CHUNK), Math.min(total, 1_000));
    }
}
