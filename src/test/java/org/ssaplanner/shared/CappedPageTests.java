package org.ssaplanner.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

class CappedPageTests {

    /** A list of {@code matches} rows; records the limits the count was asked for. */
    private static final class Source {
        final long matches;
        final List<Long> limits = new ArrayList<>();

        Source(long matches) {
            this.matches = matches;
        }

        CappedPage<Long> page(int number, int size) {
            long from = (long) number * size;
            List<Long> content = LongStream.range(from, Math.min(from + size, matches)).boxed().toList();
            return CappedPage.of(content, PageRequest.of(number, size), limit -> {
                limits.add(limit);
                return Math.min(matches, limit);
            });
        }
    }

    @Test
    void aFirstPageThatIsNotFullNeedsNoCount() {
        Source source = new Source(7);
        CappedPage<Long> page = source.page(0, 25);
        assertThat(page.getTotalElements()).isEqualTo(7);
        assertThat(page.isTotalCapped()).isFalse();
        assertThat(source.limits).isEmpty();
    }

    @Test
    void theLastPageTellsItsTotalWithoutACount() {
        Source source = new Source(5_010);
        CappedPage<Long> page = source.page(200, 25);
        assertThat(page.getContent()).hasSize(10);
        assertThat(page.getTotalElements()).isEqualTo(5_010);
        assertThat(page.isLast()).isTrue();
        assertThat(page.isTotalCapped()).isFalse();
        assertThat(source.limits).isEmpty();
    }

    @Test
    void upToTheCapTheTotalIsExact() {
        Source source = new Source(1_000);
        CappedPage<Long> page = source.page(0, 25);
        assertThat(page.getTotalElements()).isEqualTo(1_000);
        assertThat(page.getTotalPages()).isEqualTo(40);
        assertThat(page.isTotalCapped()).isFalse();
        assertThat(source.limits).containsExactly(1_001L);
    }

    @Test
    void beyondTheCapItSaysMoreThanAndStillOffersTheNextPage() {
        Source source = new Source(50_000);
        CappedPage<Long> first = source.page(0, 25);
        assertThat(first.isTotalCapped()).isTrue();
        assertThat(first.getKnownTotal()).isEqualTo(1_000);
        assertThat(first.getKnownPages()).isEqualTo(40);
        assertThat(first.hasNext()).isTrue();

        // a deep page, far past the cap: counted up to one row past it, so "next" is right
        CappedPage<Long> deep = source.page(1_999, 25);
        assertThat(deep.getContent()).hasSize(25);
        assertThat(deep.isTotalCapped()).isFalse();
        assertThat(deep.getTotalElements()).isEqualTo(50_000);
        assertThat(deep.isLast()).isTrue();
        CappedPage<Long> beforeLast = source.page(1_998, 25);
        assertThat(beforeLast.isTotalCapped()).isTrue();
        assertThat(beforeLast.hasNext()).isTrue();
        assertThat(beforeLast.getKnownTotal()).isEqualTo(1_999 * 25);
    }

    @Test
    void exactlyOneRowPastTheCapIsCapped() {
        Source source = new Source(1_001);
        CappedPage<Long> page = source.page(0, 25);
        assertThat(page.isTotalCapped()).isTrue();
        assertThat(page.getKnownTotal()).isEqualTo(1_000);
        assertThat(page.getKnownPages()).isEqualTo(40);
        assertThat(source.page(40, 25).getContent()).containsExactly(1_000L);
    }

    @Test
    void mappingKeepsTheCap() {
        Page<String> mapped = new Source(3_000).page(0, 25).map(String::valueOf);
        assertThat(mapped).isInstanceOf(CappedPage.class);
        assertThat(((CappedPage<String>) mapped).isTotalCapped()).isTrue();
        assertThat(mapped.getContent()).startsWith("0", "1");
        assertThat(new Source(0).page(0, 25).getContent()).isEqualTo(Collections.emptyList());
    }
}
