package org.ssaplanner.evaluations;

import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import org.ssaplanner.compliance.HumanRightsService;

/** Human-rights incident records of partner units, read through the compliance API. */
@Component
class IncidentsAdapter implements UnitIncidentSource {

    private final HumanRightsService humanRights;

    IncidentsAdapter(HumanRightsService humanRights) {
        this.humanRights = humanRights;
    }

    @Override
    public List<IncidentRef> incidentsOfUnit(long unitId) {
        return humanRights.incidentsOfUnit(unitId).stream()
                .sorted(Comparator.comparing(i -> i.incidentDate(), Comparator.reverseOrder()))
                .map(i -> new IncidentRef(i.id(), i.unitId(), i.incidentDate(), i.description(), i.source(),
                        i.status().name()))
                .toList();
    }
}
