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

    ComplianceEngine(MessageSource messages) {
        this.messages = messages;
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
                findings.add(finding(facts, restriction, describe(evaluation, context), input.waivers(), day));
            }
        }
        return findings;
    }

    private Finding finding(ProgramFacts facts, RestrictionDetail r, String why, List<WaiverSummary> waivers,
            LocalDate day) {
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
        if (expired.isPresent()) {
            reason = reason + " " + text("compliance.reason.expired", String.valueOf(expired.get().id()), expired.get().expiryDate());
        }
        return new Finding(facts.programId(), r.id(), r.code(), r.citation(), r.title(), severity, reason, null, day);
    }

    /** “Recipient type POLICE, under 22 U.S.C. 2291 (INCLE)”: the atoms that decided, in plain words. */
    String describe(Condition.Evaluation evaluation, ProgramConditionContext context) {
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
        String joined = String.join(", ", parts);
        return joined.isEmpty() ? joined : joined.substring(0, 1).toUpperCase(Locale.ROOT) + joined.substring(1);
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
                    matched ? labels(authorities) : String.join(", ", comparison.values()),
                    text("compliance.field." + field));
        }
        Set<String> actual = context.values(field);
        String shown = actual.isEmpty() ? text("compliance.witness.none") : String.join(", ", new TreeSet<>(actual));
        return text(matched ? "compliance.witness.value" : "compliance.witness.value.not",
                text("compliance.field." + field), shown, String.join(", ", comparison.values()));
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
