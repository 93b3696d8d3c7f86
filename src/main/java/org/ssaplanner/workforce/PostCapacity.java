package org.ssaplanner.workforce;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * The workforce at the posts of a plan's country, over the plan's fiscal years (issue 16, item 5): positions vacant
 * or whose tour ends within the plan's years; per agency and post the filled and vacant positions, FTE assigned
 * against FTE available (1.0 a filled position a year), the programs its people work on and the funds (allocated in
 * the plan's years) of the programs they manage, each per filled position; per person FTE assigned against 1.0 a
 * year, over-assignment flagged. The figures come from SQL; this class only divides.
 */
public record PostCapacity(int years, List<PositionAlert> positions, List<Post> posts, List<PersonYear> people) {

    public enum AlertKind {
        VACANT,
        TOUR_ENDS
    }

    /** A position of the country that is vacant, or whose holder's tour ends within the plan's years. */
    public record PositionAlert(long positionId, String title, String agencyCode, PostType postType, String postName,
            AlertKind kind, String holder, LocalDate tourEnds) {
    }

    /** One agency's post in the country. */
    public record Post(String agencyCode, PostType postType, String postName, int filled, int vacant,
            BigDecimal fteAssigned, BigDecimal fteAvailable, int programs, BigDecimal fundsManaged) {

        public BigDecimal programsPerFilled() {
            return filled == 0 ? null : BigDecimal.valueOf(programs).divide(BigDecimal.valueOf(filled), 2,
                    RoundingMode.HALF_UP);
        }

        public BigDecimal fundsPerFilled() {
            return filled == 0 ? null : fundsManaged.divide(BigDecimal.valueOf(filled), 0, RoundingMode.HALF_UP);
        }

        public boolean overloaded() {
            return fteAssigned.compareTo(fteAvailable) > 0;
        }
    }

    /** A person holding a position in the country, in one fiscal year: FTE assigned against 1.0 available. */
    public record PersonYear(long personId, String name, String agencyCode, int fiscalYear, BigDecimal fteAssigned) {

        public BigDecimal available() {
            return Capacity.FULL_TIME.subtract(fteAssigned);
        }

        public boolean overAssigned() {
            return Capacity.overAssigned(fteAssigned);
        }
    }
}
