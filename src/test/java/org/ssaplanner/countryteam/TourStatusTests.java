package org.ssaplanner.countryteam;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TourStatusTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @Test
    void aTourEndingWithinSixMonthsIsFlaggedAsEnding() {
        assertThat(TourStatus.of(TODAY, TODAY)).isEqualTo(TourStatus.ENDING);
        assertThat(TourStatus.of(TODAY.plusMonths(3), TODAY)).isEqualTo(TourStatus.ENDING);
        assertThat(TourStatus.of(TODAY.plusMonths(6), TODAY)).isEqualTo(TourStatus.ENDING);
        assertThat(TourStatus.ENDING.flagged()).isTrue();
    }

    @Test
    void aTourEndingLaterOrWithoutAnEndIsCurrent() {
        assertThat(TourStatus.of(TODAY.plusMonths(6).plusDays(1), TODAY)).isEqualTo(TourStatus.CURRENT);
        assertThat(TourStatus.of(TODAY.plusYears(2), TODAY)).isEqualTo(TourStatus.CURRENT);
        assertThat(TourStatus.of(null, TODAY)).isEqualTo(TourStatus.CURRENT);
        assertThat(TourStatus.CURRENT.flagged()).isFalse();
    }

    @Test
    void aTourThatHasEndedIsFlaggedAsEnded() {
        assertThat(TourStatus.of(TODAY.minusDays(1), TODAY)).isEqualTo(TourStatus.ENDED);
        assertThat(TourStatus.ENDED.flagged()).isTrue();
    }
}
