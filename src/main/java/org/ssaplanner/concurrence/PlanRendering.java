package org.ssaplanner.concurrence;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.ssaplanner.agencies.AgencySummary;
import org.ssaplanner.plans.PlanDetail;
import org.ssaplanner.plans.PlanProgramRef;
import org.ssaplanner.plans.PlanService;
import org.ssaplanner.programs.FundingLineView;
import org.ssaplanner.programs.ProgramFacts;
import org.ssaplanner.programs.ProgramFactsService;
import tools.jackson.databind.json.JsonMapper;

/**
 * The plan as a flat list of entries (item, field, value) that two moments of the plan are compared by (issue 14,
 * section 1, item g): the plan's title, fiscal years, end states and participating agencies; each objective and
 * outcome; each program's key fields; each funding line by fiscal year and account with its requested, allocated,
 * obligated and disbursed amounts as separate fields (different kinds of money are never added together). Read
 * through the plans and programs modules' public services only. Values are rendered as they read (labels, not
 * codes; amounts with two decimals), so a snapshot stays readable when reference data changes later.
 */
@Component
class PlanRendering {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PlanService plans;
    private final ProgramFactsService programs;
    private final MessageSource messages;

    PlanRendering(PlanService plans, ProgramFactsService programs, MessageSource messages) {
        this.plans = plans;
        this.programs = programs;
        this.messages = messages;
    }

    /** One field of one item as the plan reads. */
    record Entry(String item, PlanChanges.Section section, String label, String field, String value) {
    }

    List<Entry> render(long planId) {
        return render(plans.get(planId), programs.factsForPlan(planId), programs.fundingLinesForPlan(planId));
    }

    List<Entry> render(PlanDetail plan, List<ProgramFacts> facts, Map<Long, List<FundingLineView>> funding) {
        List<Entry> entries = new ArrayList<>();
        String planLabel = plan.title();
        add(entries, "plan", PlanChanges.Section.PLAN, planLabel, "title", plan.title());
        add(entries, "plan", PlanChanges.Section.PLAN, planLabel, "fiscalYears", plan.fiscalYears());
        add(entries, "plan", PlanChanges.Section.PLAN, planLabel, "desiredEndStates", plan.desiredEndStates());
        add(entries, "plan", PlanChanges.Section.PLAN, planLabel, "participatingAgencies",
                join(plan.participatingAgencies().stream().map(AgencySummary::code).sorted().toList(), ", "));
        for (PlanDetail.Objective o : plan.objectives()) {
            String item = "objective:" + o.id();
            add(entries, item, PlanChanges.Section.OBJECTIVE, o.title(), "category",
                    o.category() == null ? null : label("category." + o.category().name(), o.category().name()));
            add(entries, item, PlanChanges.Section.OBJECTIVE, o.title(), "title", o.title());
            add(entries, item, PlanChanges.Section.OBJECTIVE, o.title(), "description", o.description());
            for (PlanDetail.Outcome u : o.outcomes()) {
                String outcome = "outcome:" + u.id();
                add(entries, outcome, PlanChanges.Section.OUTCOME, u.title(), "objective", o.title());
                add(entries, outcome, PlanChanges.Section.OUTCOME, u.title(), "title", u.title());
                add(entries, outcome, PlanChanges.Section.OUTCOME, u.title(), "description", u.description());
                add(entries, outcome, PlanChanges.Section.OUTCOME, u.title(), "programs",
                        join(u.programs().stream().map(PlanProgramRef::title).sorted().toList(), "; "));
            }
        }
        Map<Long, ProgramFacts> factsById = facts.stream()
                .collect(Collectors.toMap(ProgramFacts::programId, Function.identity(), (a, b) -> a));
        List<PlanProgramRef> sorted = plan.programs().stream().sorted(Comparator.comparing(PlanProgramRef::id))
                .toList();
        for (PlanProgramRef p : sorted) {
            String item = "program:" + p.id();
            ProgramFacts f = factsById.get(p.id());
            PlanChanges.Section section = PlanChanges.Section.PROGRAM;
            add(entries, item, section, p.title(), "title", p.title());
            add(entries, item, section, p.title(), "leadAgency", p.leadAgencyLabel());
            add(entries, item, section, p.title(), "status",
                    p.status() == null ? null : label("program.status." + p.status(), p.status()));
            add(entries, item, section, p.title(), "primaryCategory", p.primaryCategory() == null ? null
                    : label("category." + p.primaryCategory().name(), p.primaryCategory().name()));
            add(entries, item, section, p.title(), "horizon",
                    p.horizon() == null ? null : label("horizon." + p.horizon(), p.horizon()));
            if (f != null) {
                add(entries, item, section, p.title(), "assistanceType", f.assistanceTypeCode());
                add(entries, item, section, p.title(), "capabilityDomains",
                        join(f.capabilityDomainCodes().stream().sorted().toList(), ", "));
                add(entries, item, section, p.title(), "startDate", Objects.toString(f.startDate(), null));
                add(entries, item, section, p.title(), "endDate", Objects.toString(f.endDate(), null));
            }
            for (FundingLineView line : funding.getOrDefault(p.id(), List.of())) {
                String fundingItem = "funding:" + p.id() + ":" + line.fiscalYear() + ":" + line.fundingAccount();
                String fundingLabel = p.title() + " – FY" + line.fiscalYear() + " " + line.fundingAccount();
                PlanChanges.Section money = PlanChanges.Section.FUNDING;
                add(entries, fundingItem, money, fundingLabel, "requested", amount(line.requested()));
                add(entries, fundingItem, money, fundingLabel, "allocated", amount(line.allocated()));
                add(entries, fundingItem, money, fundingLabel, "obligated", amount(line.obligated()));
                add(entries, fundingItem, money, fundingLabel, "disbursed", amount(line.disbursed()));
            }
        }
        return entries;
    }

    /**
     * The differences from {@code then} to {@code now}, item by item in section order: items only now are added,
     * items only then removed (each with the fields it has a value in), and of items in both the fields whose value differs (a field without value on one
     * side counts as a difference too).
     */
    static List<PlanChanges.Change> compare(List<Entry> then, List<Entry> now) {
        Map<String, List<Entry>> before = byItem(then);
        Map<String, List<Entry>> after = byItem(now);
        List<PlanChanges.Change> changes = new ArrayList<>();
        after.forEach((item, fields) -> {
            List<Entry> old = before.get(item);
            Entry first = fields.get(0);
            if (old == null) {
                changes.add(new PlanChanges.Change(first.section(), first.label(), PlanChanges.Kind.ADDED,
                        fields.stream().filter(e -> e.value() != null)
                                .map(e -> new PlanChanges.FieldChange(e.field(), null, e.value())).toList()));
                return;
            }
            Map<String, String> oldValues = values(old);
            Map<String, String> newValues = values(fields);
            Set<String> names = new LinkedHashSet<>(oldValues.keySet());
            names.addAll(newValues.keySet());
            List<PlanChanges.FieldChange> differ = names.stream()
                    .filter(n -> !Objects.equals(oldValues.get(n), newValues.get(n)))
                    .map(n -> new PlanChanges.FieldChange(n, oldValues.get(n), newValues.get(n))).toList();
            if (!differ.isEmpty()) {
                changes.add(new PlanChanges.Change(first.section(), first.label(), PlanChanges.Kind.CHANGED, differ));
            }
        });
        before.forEach((item, fields) -> {
            if (!after.containsKey(item)) {
                Entry first = fields.get(0);
                changes.add(new PlanChanges.Change(first.section(), first.label(), PlanChanges.Kind.REMOVED,
                        fields.stream().filter(e -> e.value() != null)
                                .map(e -> new PlanChanges.FieldChange(e.field(), e.value(), null)).toList()));
            }
        });
        // stable: section order, then as the plan lists them (added and changed before removed within a section)
        List<PlanChanges.Change> ordered = new ArrayList<>(changes);
        ordered.sort(Comparator.comparing(PlanChanges.Change::section));
        return List.copyOf(ordered);
    }

    static String write(List<Entry> entries) {
        return JSON.writeValueAsString(entries);
    }

    static List<Entry> read(String content) {
        return List.of(JSON.readValue(content, Entry[].class));
    }

    private static Map<String, List<Entry>> byItem(List<Entry> entries) {
        Map<String, List<Entry>> items = new LinkedHashMap<>();
        entries.forEach(e -> items.computeIfAbsent(e.item(), k -> new ArrayList<>()).add(e));
        return items;
    }

    private static Map<String, String> values(List<Entry> entries) {
        Map<String, String> values = new LinkedHashMap<>();
        entries.forEach(e -> values.put(e.field(), e.value()));
        return values;
    }

    private static void add(List<Entry> entries, String item, PlanChanges.Section section, String label,
            String field, String value) {
        entries.add(new Entry(item, section, label, field, value == null || value.isBlank() ? null : value));
    }

    private static String join(List<String> values, String separator) {
        return values.isEmpty() ? null : String.join(separator, values);
    }

    private static String amount(BigDecimal value) {
        if (value == null) {
            return null;
        }
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
        return format.format(value);
    }

    private String label(String key, String fallback) {
        return messages.getMessage(key, null, fallback, Locale.ENGLISH);
    }
}
