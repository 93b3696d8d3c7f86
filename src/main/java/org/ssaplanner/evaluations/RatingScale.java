package org.ssaplanner.evaluations;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The two 1-5 rating scales; the descriptions of each step are texts in the evaluations bundle
 * ({@code rating.quality.N}, {@code rating.effect.N} with {@code .description}).
 */
public final class RatingScale {

    public static final int MIN = 1;
    public static final int MAX = 5;

    private RatingScale() {
    }

    public static List<Integer> steps() {
        return IntStream.rangeClosed(MIN, MAX).boxed().toList();
    }

    public static boolean valid(Integer rating) {
        return rating != null && rating >= MIN && rating <= MAX;
    }
}
