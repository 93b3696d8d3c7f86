package org.ssaplanner.shared;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongUnaryOperator;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

/**
 * A page of a list whose total is counted only up to a cap (issue 18): counting every match of a broad search on
 * every view costs more than the page itself, and nobody pages through more than a thousand rows. Up to
 * {@link #CAP} matches (or up to the current page and one row beyond it, for deep pages) the total is exact;
 * beyond, {@link #isTotalCapped()} says so and {@link #getTotalElements()} is a lower bound that still has a next
 * page whenever a row follows this one, so paging stays correct. Pages show "more than ..." then.
 */
public class CappedPage<T> extends PageImpl<T> {

    /** Matches counted at most (plus the current page). */
    public static final long CAP = 1_000;

    private final boolean totalCapped;

    private CappedPage(List<T> content, Pageable pageable, long total, boolean totalCapped) {
        super(content, pageable, total);
        this.totalCapped = totalCapped;
    }

    /**
     * The page of {@code content}; {@code countUpTo} counts the matches but stops at the given limit (in SQL:
     * {@code select count(*) from (select 1 ... limit :limit) c}). Not called when the page itself tells the total
     * (a page that is not full, and not past the end).
     */
    public static <T> CappedPage<T> of(List<T> content, Pageable pageable, LongUnaryOperator countUpTo) {
        if (pageable.isPaged() && !content.isEmpty() && content.size() < pageable.getPageSize()) {
            return new CappedPage<>(content, pageable, pageable.getOffset() + content.size(), false);
        }
        if (pageable.isUnpaged() || (pageable.getOffset() == 0 && content.size() < pageable.getPageSize())) {
            return new CappedPage<>(content, pageable, content.size(), false);
        }
        long limit = Math.max(CAP, pageable.getOffset() + pageable.getPageSize()) + 1;
        long counted = countUpTo.applyAsLong(limit);
        return new CappedPage<>(content, pageable, Math.min(counted, limit), counted >= limit);
    }

    /** The total was not counted to the end: there are more than {@link #getTotalElements()} - 1 matches. */
    public boolean isTotalCapped() {
        return totalCapped;
    }

    /** For "more than N": the matches known to exist when capped, otherwise the exact total. */
    public long getKnownTotal() {
        return totalCapped ? getTotalElements() - 1 : getTotalElements();
    }

    /** For "more than N pages": the pages the known matches fill (whole pages), otherwise the exact page count. */
    public int getKnownPages() {
        return totalCapped ? (int) (getKnownTotal() / getSize()) : getTotalPages();
    }

    @Override
    public <U> Page<U> map(Function<? super T, ? extends U> converter) {
        return new CappedPage<>(getContent().stream().<U>map(converter).toList(), getPageable(), getTotalElements(),
                totalCapped);
    }
}
