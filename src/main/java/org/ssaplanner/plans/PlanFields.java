package org.ssaplanner.plans;

import static org.ssaplanner.shared.audit.RecordFields.list;

import java.util.function.Function;
import org.ssaplanner.shared.audit.RecordFields;

/**
 * A country plan's editable fields, described once (as the plan form submits them, a {@link PlanCommand}): the
 * plan's change history ({@code PlanService.history}) and its 409 page both show them from this description, with
 * names instead of ids.
 */
public final class PlanFields {

    private PlanFields() {
    }

    /** The form's fields in the form's order. */
    public static RecordFields<PlanCommand> describe(Names names) {
        return RecordFields.<PlanCommand>describe()
                .and("title", "plan.title", PlanCommand::title)
                .and("country", "plan.country", c -> names.country().apply(c.countryId()))
                .and("fiscalYears", "plan.fiscalYears", c -> "FY" + c.startFiscalYear() + "–FY" + c.endFiscalYear())
                .and("desiredEndStates", "plan.desiredEndStates", PlanCommand::desiredEndStates)
                .and("conductor", "plan.conductor", c -> names.user().apply(c.conductorUserId()))
                .and("participatingAgencies", "plan.participatingAgencies",
                        c -> list(c.participatingAgencyIds(), names.agency()));
    }

    /** Names of the country, users and agencies a plan refers to by id. */
    public record Names(Function<Long, String> country, Function<Long, String> user, Function<Long, String> agency) {
    }
}
