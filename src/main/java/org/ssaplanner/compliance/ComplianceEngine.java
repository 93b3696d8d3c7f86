package org.ssaplanner.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.ssaplanner.authorities.AuthoritySummary;
import org.ssaplanner.authorities.RestrictionDetail;
import org.ssaplanner.authorities.WaiverKind;
import org.ssaplanner.authorities.WaiverSummary;
import org.ssaplanner.authorities.condition.Condition;
import org.ssaplanner.authorities.condition.ConditionException;
import org.ssaplanner.authorities.condition.ConditionParser;
import org.ssaplanner.authorities.condition.ConditionVocabulary;
import org.ssaplanner.programs.ProgramFacts;

/**
 * The pure evaluation: every restriction's condition against one program's facts on one day, giving a
 * finding (with a reason in plain words) for each restriction that applies. No I/O; texts come from the
 * compliance message bundle.
 */
final class ComplianceEngine {

    private static final Logger LOG = LoggerFactory.getLogger(ComplianceEngine.class);

    private final MessageSource messages;
    private final ValueLabels labels;

    /** An engine that shows the condition language's values as they are (codes), for tests of the logic. */
    ComplianceEngine(MessageSource messages) {
        this(messages, (field, code) -> code);
    }

    /** An engine whose reasons name values by their labels (Police, not POLICE). */
    ComplianceEngine(MessageSource messages, ValueLabels labels) {
        this.messages = messages;
        this.labels = labels;
    }

    /** The label users read for a value of a condition field (e.g. Police for recipient_type POLICE). */
    @FunctionalInterface
    interface ValueLabels {

        /** The label, or the code itself when it has none. */
        String label(String field, String code);
    }

    List<Finding> evaluate(ProgramFacts facts, EvaluationInput input, LocalDate day) {
        ProgramConditionContext context = new ProgramConditionContext(facts, input, day);
        List<Finding> findings = new ArrayList<>();
        for (RestrictionDetail restriction : input.restrictions()) {
            Condition condition;
            try {
                condition = ConditionParser.parse(restriction.conditionText());
            } catch (ConditionException e) {
                LOG.warn("Restriction {} has a condition that does not parse; skipped", restriction.code());
                continue;
            }
            Condition.Evaluation evaluation = condition.evaluate(context);
            if (evaluation.holds()) {
                Carried carried = carried(facts, input, day, restriction, condition);
                if (carried.excepted()) {
                    findings.add(new Finding(facts.programId(), restriction.id(), restriction.code(),
                            restriction.citation(), restriction.title(), FindingSeverity.SATISFIED_BY_EXCEPTION,
                            text("compliance.reason.carried", String.join("; ", carried.applied()),
                                    restriction.citation(), witnesses(evaluation, context)), null, day));
                } else {
                    findings.add(finding(facts, restriction, describe(evaluation, context), input.waivers(), day,
                            carried.notes()));
                }
            }
        }
        return findings;
    }

    /**
     * How the statutory exceptions the program's authorities carry bear on a restriction that applies: the
     * program is excepted when the restriction applies through at least one of its authorities (evaluated with that
     * authority alone) and each such authority carries an exception of the restriction that applies to the program.
     * The notes say why a carried exception did not apply (its condition not met, or a determination the data
     * cannot show), for the blocking finding.
     */
    private Carried carried(ProgramFacts facts, EvaluationInput input, LocalDate day, RestrictionDetail r,
            Condition restrictionCondition) {
        List<String> applied = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        boolean subject = false;
        boolean allExcepted = true;
        for (AuthoritySummary authority : new ProgramConditionContext(facts, input, day).authorities()) {
            ProgramConditionContext alone = new ProgramConditionContext(only(facts, authority.id()), input, day);
            if (!restrictionCondition.evaluate(alone).holds()) {
                continue;
            }
            subject = true;
            Optional<String> exceptedBy = Optional.empty();
            for (RestrictionDetail.StatutoryException exception : r.exceptions()) {
                for (RestrictionDetail.Carrier carrier : exception.carriedBy()) {
                    if (carrier.authorityId() != authority.id() || exceptedBy.isPresent()) {
                        continue;
                    }
                    switch (carrier.applies()) {
                        case ALWAYS -> exceptedBy = Optional.of(text("compliance.carried.always", exception.citation(),
                                carrier.authorityLabel(), carrier.scope()));
                        case WHEN_CONDITION_HOLDS -> {
                            Condition.Evaluation met;
                            try {
                                met = ConditionParser.parse(carrier.conditionText()).evaluate(alone);
                            } catch (ConditionException e) {
                                LOG.warn("Exception {} carried by {} has a condition that does not parse; not applied",
                                        exception.code(), carrier.authorityShortName());
                                notes.add(text("compliance.carried.determination", carrier.authorityLabel(),
                                        exception.citation(), carrier.scope()));
                                continue;
                            }
                            if (met.holds()) {
                                exceptedBy = Optional.of(text("compliance.carried.met", exception.citation(),
                                        carrier.authorityLabel(), carrier.scope(), witnesses(met, alone)));
                            } else {
                                notes.add(text("compliance.carried.notMet", carrier.authorityLabel(),
                                        exception.citation(), carrier.scope(), witnesses(met, alone)));
                            }
                        }
                        case BY_DETERMINATION -> notes.add(text("compliance.carried.determination",
                                carrier.authorityLabel(), exception.citation(), carrier.scope()));
                    }
                }
            }
            exceptedBy.ifPresent(applied::add);
            allExcepted &= exceptedBy.isPresent();
        }
        boolean excepted = subject && allExcepted;
        if (!excepted && !applied.isEmpty()) {
            notes.add(0, text("compliance.carried.partly", String.join("; ", applied)));
        }
        return new Carried(excepted, applied, notes);
    }

    private record Carried(boolean excepted, List<String> applied, List<String> notes) {
    }

    /** The program's facts as if it were funded under one of its authorities only. */
    private static ProgramFacts only(ProgramFacts f, long authorityId) {
        return new ProgramFacts(f.programId(), f.planId(), f.countryId(), f.title(), f.leadAgencyId(),
                f.recipientUnitId(), f.recipientTypeCode(), f.assistanceTypeCode(), f.capabilityDomainCodes(),
                Set.of(authorityId), f.status(), f.startDate(), f.endDate(), f.totalRequested(), f.totalAllocated(),
                f.totalObligated(), f.fiscalYears(), f.allocatedByFiscalYear());
    }

    private Finding finding(ProgramFacts facts, RestrictionDetail r, String why, List<WaiverSummary> waivers,
            LocalDate day, List<String> notes) {
        List<WaiverSummary> mine = waivers.stream()
                .filter(w -> w.programId() == facts.programId() && w.restrictionId() == r.id()).toList();
        if (r.waivable()) {
            Optional<WaiverSummary> waiver = mine.stream()
                    .filter(w -> w.kind() == WaiverKind.WAIVER && w.inForceOn(day)).findFirst();
            if (waiver.isPresent()) {
                WaiverSummary w = waiver.get();
                return new Finding(facts.programId(), r.id(), r.code(), r.citation(), r.title(),
                        FindingSeverity.SATISFIED_BY_WAIVER, text("compliance.reason.waiver", why, r.citation(), String.valueOf(w.id()),
                                w.officialName(), w.officialTitle(), w.expiryDate()), w.id(), day);
            }
        }
        Optional<WaiverSummary> claim = mine.stream()
                .filter(w -> w.kind() == WaiverKind.EXCEPTION && w.inForceOn(day)
                        && w.exceptionId() != null && r.exception(w.exceptionId()).isPresent())
                .findFirst();
        if (claim.isPresent()) {
            WaiverSummary w = claim.get();
            RestrictionDetail.StatutoryException exception = r.exception(w.exceptionId()).orElseThrow();
            return new Finding(facts.programId(), r.id(), r.code(), r.citation(), r.title(),
                    FindingSeverity.SATISFIED_BY_EXCEPTION, text("compliance.reason.exception", why, r.citation(),
                            exception.citation(), exception.code(), String.valueOf(w.id())), w.id(), day);
        }
        FindingSeverity severity = switch (r.severity()) {
            case BLOCKING -> FindingSeverity.BLOCKING;
            case WARNING -> FindingSeverity.WARNING;
        };
        String reason;
        if (severity == FindingSeverity.WARNING) {
            reason = text("compliance.reason.warning", why, r.title(), r.citation());
        } else if (r.waivable()) {
            reason = text(r.exceptions().isEmpty() ? "compliance.reason.blocking.waivable"
                    : "compliance.reason.blocking.waivableOrException", why, r.citation());
        } else {
            reason = text("compliance.reason.blocking.notWaivable", why, r.title(), r.citation());
        }
        Optional<WaiverSummary> expired = mine.stream().filter(w -> w.expiredOn(day))
                .max(Comparator.comparing(WaiverSummary::expiryDate));
        if (!notes.isEmpty()) {
            reason = reason + " " + String.join(" ", notes);
        }
        if (expired.isPresent()) {
            reason = reason + " " + text("compliance.reason.expired", String.valueOf(expired.get().id()), expired.get().expiryDate());
        }
        return new Finding(facts.programId(), r.id(), r.code(), r.citation(), r.title(), severity, reason, null, day);
    }

    /** “Recipient type POLICE, under 22 U.S.C. 2291 (INCLE)”: the atoms that decided, in plain words. */
    String describe(Condition.Evaluation evaluation, ProgramConditionContext context) {
        String joined = witnesses(evaluation, context);
        return joined.isEmpty() ? joined : joined.substring(0, 1).toUpperCase(Locale.ROOT) + joined.substring(1);
    }

    /** The same in lower case, for the middle of a sentence. */
    private String witnesses(Condition.Evaluation evaluation, ProgramConditionContext context) {
        Set<String> parts = new LinkedHashSet<>();
        // "requires notification" and "none filed" are one fact to a reader: said once, not twice
        boolean notificationMissing = witnessed(evaluation, ConditionVocabulary.AUTHORITY_NOTIFICATION_REQUIRED, true)
                && witnessed(evaluation, ConditionVocabulary.NOTIFICATION_FILED, false);
        for (Condition.Witness witness : evaluation.witnesses()) {
            if (notificationMissing && witness.atom() instanceof Condition.Flag flag
                    && (flag.name().equals(ConditionVocabulary.AUTHORITY_NOTIFICATION_REQUIRED)
                            || flag.name().equals(ConditionVocabulary.NOTIFICATION_FILED))) {
                parts.add(text("compliance.witness.notification.missing", labels(context.notNotified())));
                continue;
            }
            parts.add(describe(witness, context));
        }
        return String.join(", ", parts);
    }

    private static boolean witnessed(Condition.Evaluation evaluation, String flag, boolean held) {
        return evaluation.witnesses().stream().anyMatch(w -> w.held() == held
                && w.atom() instanceof Condition.Flag f && f.name().equals(flag));
    }

    private String describe(Condition.Witness witness, ProgramConditionContext context) {
        if (witness.atom() instanceof Condition.Comparison comparison) {
            return describeComparison(comparison, witness.held(), context);
        }
        String flag = ((Condition.Flag) witness.atom()).name();
        String key = "compliance.witness." + flag + "." + witness.held();
        UnitRecord unit = context.input().unit();
        ProgramFacts facts = context.facts();
        return switch (flag) {
            case ConditionVocabulary.UNIT_CREDIBLE_HR_VIOLATION, ConditionVocabulary.UNIT_UNDER_REVIEW ->
                    text(key, unit.unitName() == null ? "#" + facts.recipientUnitId() : unit.unitName(),
                            unit.credibleCategory() == null ? "" : text("incident.category." + unit.credibleCategory() + ".inSentence"),
                            unit.credibleDate());
            case ConditionVocabulary.AUTHORITY_EXPIRED -> text(key, labels(witness.held() ? context.expired()
                    : context.authorities()), context.expired().stream().map(a -> a.sunsetDate().toString())
                            .collect(Collectors.joining(", ")));
            case ConditionVocabulary.AUTHORITY_EXPIRES_DURING_PROGRAM -> text(key,
                    labels(context.expiringDuringProgram()), context.expiringDuringProgram().stream()
                            .map(a -> a.sunsetDate().toString()).collect(Collectors.joining(", ")), facts.endDate());
            case ConditionVocabulary.AUTHORITY_TEMPORARY -> text(key,
                    labels(context.authoritiesWhere(AuthoritySummary::temporary)));
            case ConditionVocabulary.AUTHORITY_NOTIFICATION_REQUIRED -> text(key,
                    labels(context.requiringNotification()));
            case ConditionVocabulary.NOTIFICATION_FILED -> text(key, labels(context.notNotified()));
            default -> flag + (witness.held() ? "" : " (false)");
        };
    }

    private String describeComparison(Condition.Comparison comparison, boolean held, ProgramConditionContext context) {
        String field = comparison.field();
        boolean matched = held == comparison.operator().positive();
        Set<String> wanted = Set.copyOf(comparison.values());
        if (field.startsWith("authority")) {
            List<AuthoritySummary> authorities = context.authorities().stream()
                    .filter(a -> matched == !intersection(context, a, field, wanted).isEmpty()).toList();
            return text(matched ? "compliance.witness.authority.matched" : "compliance.witness.authority.none",
                    matched ? labels(authorities) : labelled(field, comparison.values()),
                    text("compliance.field." + field));
        }
        Set<String> actual = context.values(field);
        String shown = actual.isEmpty() ? text("compliance.witness.none") : labelled(field, actual);
        return text(matched ? "compliance.witness.value" : "compliance.witness.value.not",
                text("compliance.field." + field), shown, labelled(field, comparison.values()));
    }

    /** The program's values' labels, sorted and joined with commas. */
    private String labelled(String field, Set<String> codes) {
        return new TreeSet<>(codes).stream().map(code -> labels.label(field, code)).collect(Collectors.joining(", "));
    }

    /** The condition's values' labels in the condition's order, joined with commas. */
    private String labelled(String field, List<String> codes) {
        return codes.stream().map(code -> labels.label(field, code)).collect(Collectors.joining(", "));
    }

    private static Set<String> intersection(ProgramConditionContext context, AuthoritySummary a, String field,
            Set<String> wanted) {
        String value = switch (field) {
            case ConditionVocabulary.AUTHORITY -> a.shortName();
            case ConditionVocabulary.AUTHORITY_STATUTE -> a.statute().name();
            case ConditionVocabulary.AUTHORITY_SOURCE_ACT -> a.sourceAct().name();
            case ConditionVocabulary.AUTHORITY_CATEGORY -> a.category().name();
            default -> "";
        };
        return wanted.contains(value.toUpperCase(Locale.ROOT)) ? Set.of(value) : Set.of();
    }

    private static String labels(List<AuthoritySummary> authorities) {
        return authorities.stream().map(AuthoritySummary::label).collect(Collectors.joining(", "));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.US);
    }
}
