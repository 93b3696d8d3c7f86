package org.ssaplanner.workforce;

import static org.ssaplanner.shared.Text.blankToNull;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.agencies.AgencySummary;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.shared.FieldValidationException;
import org.ssaplanner.shared.FieldValidationException.Violation;
import org.ssaplanner.workforce.domain.CertificationLevelRepository;
import org.ssaplanner.workforce.domain.FunctionalAreaRepository;
import org.ssaplanner.workforce.domain.PersonRepository;

/**
 * The rules of a person and a position (issue 16, "Rules and bad input"), shared by the forms
 * ({@link WorkforceService}) and the roster import ({@link RosterService}): every violation at once, as
 * {@link FieldValidationException}.
 */
@Component
class WorkforceValidator {

    private final PersonRepository people;
    private final CertificationLevelRepository levels;
    private final FunctionalAreaRepository areas;
    private final AgencyService agencies;
    private final ReferenceDataService reference;

    WorkforceValidator(PersonRepository people, CertificationLevelRepository levels, FunctionalAreaRepository areas,
            AgencyService agencies, ReferenceDataService reference) {
        this.people = people;
        this.levels = levels;
        this.areas = areas;
        this.agencies = agencies;
        this.reference = reference;
    }

    void validate(PersonCommand command, Long id) {
        List<Violation> violations = new ArrayList<>();
        if (command.name() == null || command.name().isBlank()) {
            violations.add(new Violation("name", "workforce.name.required"));
        }
        agencyViolation(command.agencyId()).ifPresent(violations::add);
        if (command.category() == null) {
            violations.add(new Violation("category", "workforce.category.required"));
        }
        if (command.dateOfBirth() != null && command.dateOfBirth().isAfter(today())) {
            violations.add(new Violation("dateOfBirth", "workforce.person.birth.future"));
        }
        if (violations.isEmpty() && (command.dateOfBirth() != null || blankToNull(command.employeeNumber()) != null)
                && !people.duplicates(command.name().trim(), command.agencyId(), command.dateOfBirth(),
                        blankToNull(command.employeeNumber()), id).isEmpty()) {
            violations.add(new Violation("name", "workforce.person.duplicate"));
        }
        if (!violations.isEmpty()) {
            throw new FieldValidationException(violations);
        }
    }

    void validate(PositionCommand command) {
        List<Violation> violations = new ArrayList<>();
        if (command.title() == null || command.title().isBlank()) {
            violations.add(new Violation("title", "workforce.position.title.required"));
        }
        agencyViolation(command.agencyId()).ifPresent(violations::add);
        if (command.postType() == null) {
            violations.add(new Violation("postType", "workforce.position.post.required"));
        }
        if (command.category() == null) {
            violations.add(new Violation("category", "workforce.category.required"));
        }
        if (command.countryId() != null && reference.country(command.countryId()).isEmpty()) {
            violations.add(new Violation("countryId", "workforce.position.country.unknown"));
        }
        if (command.areaId() != null && areas.findById(command.areaId()).isEmpty()) {
            violations.add(new Violation("areaId", "workforce.certification.area.required"));
        }
        if (command.requiredLevelId() != null && levels.findById(command.requiredLevelId())
                .filter(l -> !l.isRetired()).isEmpty()) {
            violations.add(new Violation("requiredLevelId", "workforce.position.level.current"));
        }
        if (command.personId() != null && people.findById(command.personId()).isEmpty()) {
            violations.add(new Violation("personId", "workforce.position.person.unknown"));
        }
        if (command.filledFrom() != null && command.filledTo() != null
                && command.filledTo().isBefore(command.filledFrom())) {
            violations.add(new Violation("filledTo", "workforce.position.dates.order"));
        }
        if (!violations.isEmpty()) {
            throw new FieldValidationException(violations);
        }
    }

    private Optional<Violation> agencyViolation(Long agencyId) {
        if (agencyId == null) {
            return Optional.of(new Violation("agencyId", "workforce.agency.required"));
        }
        if (agencies.find(agencyId).filter(AgencySummary::active).isEmpty()) {
            return Optional.of(new Violation("agencyId", "workforce.agency.inactive"));
        }
        return Optional.empty();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
