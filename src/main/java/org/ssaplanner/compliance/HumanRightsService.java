package org.ssaplanner.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ssaplanner.compliance.domain.HumanRightsIncident;
import org.ssaplanner.compliance.domain.HumanRightsIncidentRepository;
import org.ssaplanner.partners.PartnerUnitNotFoundException;
import org.ssaplanner.partners.PartnerUnitService;
import org.ssaplanner.programs.ProgramFacts;
import org.ssaplanner.programs.ProgramFactsService;
import org.ssaplanner.shared.FieldValidationException;
import org.ssaplanner.shared.NotFoundException;
import org.ssaplanner.shared.StaleEditException;
import org.ssaplanner.shared.security.CurrentUsers;
import org.ssaplanner.shared.security.SystemAuthentication;

/** Human-rights (Leahy) records of partner units. Everyone reads; evaluators and administrators record and decide. */
@Service
@Transactional(readOnly = true)
public class HumanRightsService {

    private final HumanRightsIncidentRepository incidents;
    private final PartnerUnitService units;
    private final ProgramFactsService programs;

    HumanRightsService(HumanRightsIncidentRepository incidents, PartnerUnitService units,
            ProgramFactsService programs) {
        this.incidents = incidents;
        this.units = units;
        this.programs = programs;
    }

    /** Programs whose recipient is the unit, from the programs module. */
    @PreAuthorize("isAuthenticated()")
    public List<ProgramFacts> programsAssisting(long unitId) {
        return SystemAuthentication.call(() -> programs.factsForUnit(unitId));
    }

    @PreAuthorize("isAuthenticated()")
    public List<IncidentView> incidentsOfUnit(long unitId) {
        return incidents.findByUnitIdOrderByIncidentDateDescIdDesc(unitId).stream().map(HumanRightsService::toView)
                .toList();
    }

    @PreAuthorize("isAuthenticated()")
    public IncidentView get(long id) {
        return toView(find(id));
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'EVALUATOR')")
    @Transactional
    public long record(IncidentCommand command) {
        try {
            units.get(command.unitId());
        } catch (PartnerUnitNotFoundException e) {
            throw new FieldValidationException("unitId", "incident.unit.unknown");
        }
        if (command.incidentDate() == null) {
            throw new FieldValidationException("incidentDate", "incident.date.required");
        }
        if (command.incidentDate().isAfter(LocalDate.now(ZoneOffset.UTC))) {
            throw new FieldValidationException("incidentDate", "incident.date.future");
        }
        if (blank(command.location())) {
            throw new FieldValidationException("location", "incident.location.required");
        }
        if (blank(command.description())) {
            throw new FieldValidationException("description", "incident.description.required");
        }
        if (blank(command.source())) {
            throw new FieldValidationException("source", "incident.source.required");
        }
        if (command.category() == null) {
            throw new FieldValidationException("category", "incident.category.required");
        }
        HumanRightsIncident incident = new HumanRightsIncident(command.unitId(), command.incidentDate(),
                command.location().trim(), command.description().trim(), command.source().trim(), command.category(),
                CurrentUsers.currentUsernameOrSystem(), Instant.now());
        long id = incidents.saveAndFlush(incident).getId();
        return id;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'EVALUATOR')")
    @Transactional
    public void changeStatus(long id, long expectedVersion, IncidentStatus target, String note) {
        HumanRightsIncident incident = find(id);
        StaleEditException.check("Human-rights incident", id, expectedVersion, incident.getVersion());
        if (target == null || !incident.getStatus().canMoveTo(target)) {
            throw new FieldValidationException("status", "incident.status.transition",
                    incident.getStatus().name(), target == null ? "-" : target.name());
        }
        if ((target == IncidentStatus.CREDIBLE || target == IncidentStatus.REMEDIATED
                || target == IncidentStatus.DISMISSED) && (note == null || note.isBlank())) {
            throw new FieldValidationException("note", "incident.note.required");
        }
        incident.changeStatus(target, CurrentUsers.currentUsernameOrSystem(), Instant.now(),
                note == null || note.isBlank() ? null : note.trim());
        incidents.saveAndFlush(incident);
    }

    /** Per unit among the given ones: the number of credible (unremediated) incidents; units without are absent. */
    @PreAuthorize("isAuthenticated()")
    public Map<Long, Long> credibleIncidentCounts(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return Map.of();
        }
        return incidents.countByUnitAndStatus(unitIds, IncidentStatus.CREDIBLE).stream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private HumanRightsIncident find(long id) {
        return incidents.findById(id).orElseThrow(() -> new NotFoundException("Human-rights incident", id));
    }

    static IncidentView toView(HumanRightsIncident i) {
        return new IncidentView(i.getId(), i.getVersion(), i.getUnitId(), i.getIncidentDate(), i.getLocation(),
                i.getDescription(), i.getSource(), i.getCategory(), i.getStatus(), i.getStatusDecidedBy(),
                i.getStatusDecidedAt(), i.getStatusChanges().stream()
                        .map(c -> new IncidentView.StatusChange(c.getFromStatus(), c.getToStatus(), c.getDecidedBy(),
                                c.getDecidedAt(), c.getNote()))
                        .toList(),
                i.getCreatedAt(), i.getCreatedBy());
    }
}
