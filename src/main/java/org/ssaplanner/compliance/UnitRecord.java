package org.ssaplanner.compliance;

import java.time.LocalDate;

/** The human-rights record of a program's recipient unit, as the engine needs it. */
record UnitRecord(String unitName, boolean credible, IncidentCategory credibleCategory, LocalDate credibleDate,
        boolean underReview) {

    static final UnitRecord NONE = new UnitRecord(null, false, null, null, false);
}
