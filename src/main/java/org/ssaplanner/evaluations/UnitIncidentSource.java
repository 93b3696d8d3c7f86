package org.ssaplanner.evaluations;

import java.util.List;

/**
 * Human-rights incident records of partner units, implemented by the compliance module and used
 * through an {@code ObjectProvider}: where no implementation exists, pages say no records are available.
 */
public interface UnitIncidentSource {

    /** Incidents of the unit, newest first. */
    List<IncidentRef> incidentsOfUnit(long unitId);
}
