package org.ssaplanner.interchange;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.ssaplanner.plans.PlanContext;
import org.ssaplanner.programs.AuthorityOption;
import org.ssaplanner.programs.ProgramDraft;
import org.ssaplanner.programs.ProgramOrigin;
import org.ssaplanner.programs.ProgramService;
import org.ssaplanner.reference.ReferenceDataService;

/**
 * "Create a program from this imported activity": the new-program form of a plan is pre-filled from an activity of
 * the plan's country (reference {@code ISO3:activityId}, the {@code importedActivity} parameter of
 * {@code /plans/{id}/programs/new}), and the saved program is linked to the activity ({@link ImportedActivityLinks}).
 * Title and description from the activity; lead agency, authority and capability domain where they could be matched.
 */
@Component
class ProgramsFromActivities implements ProgramOrigin {

    private final CountryPictureService pictures;
    private final ImportedActivityLinks links;
    private final ReferenceDataService reference;
    private final ProgramService programs;
    private final MessageSource messages;

    ProgramsFromActivities(CountryPictureService pictures, ImportedActivityLinks links, ReferenceDataService reference,
            ProgramService programs, MessageSource messages) {
        this.pictures = pictures;
        this.links = links;
        this.reference = reference;
        this.programs = programs;
        this.messages = messages;
    }

    @Override
    public Optional<ProgramDraft> draft(PlanContext plan, String activity) {
        String iso3 = reference.country(plan.countryId()).orElseThrow().alpha3();
        int separator = activity.indexOf(':');
        if (separator < 0 || !activity.substring(0, separator).equalsIgnoreCase(iso3)) {
            return Optional.empty();
        }
        String activityId = activity.substring(separator + 1);
        return pictures.activity(iso3, activityId).map(a -> new ProgramDraft(iso3 + ":" + activityId,
                a.name() == null ? "" : truncate(a.name(), 300),
                messages.getMessage("activity.program.description", new Object[] {activityId, a.managingAgency(),
                        a.firstFiscalYear(), a.lastFiscalYear()}, Locale.US),
                a.agencyId() != null && plan.participatingAgencyIds().contains(a.agencyId()) ? a.agencyId() : null,
                a.authorityShortName() == null ? Set.of() : programs.authorityOptions().stream()
                        .filter(o -> o.shortName().equals(a.authorityShortName())).findFirst()
                        .map(AuthorityOption::id).map(Set::of).orElse(Set.of()),
                a.capabilityDomainCode() == null ? Set.of() : Set.of(a.capabilityDomainCode()),
                activityId, a.managingAgency(), a.obligationsByFiscalYear()));
    }

    @Override
    public void created(long programId, String activity) {
        int separator = activity.indexOf(':');
        if (separator < 0) {
            throw new IllegalArgumentException("No imported activity " + activity);
        }
        links.linkProgram(programId, activity.substring(0, separator), activity.substring(separator + 1));
    }

    private static String truncate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
