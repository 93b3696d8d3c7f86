package org.ssaplanner.compliance;

import static org.ssaplanner.authorities.condition.ConditionVocabulary.ASSISTANCE_TYPE;
import static org.ssaplanner.authorities.condition.ConditionVocabulary.AUTHORITY;
import static org.ssaplanner.authorities.condition.ConditionVocabulary.AUTHORITY_CATEGORY;
import static org.ssaplanner.authorities.condition.ConditionVocabulary.AUTHORITY_EXPIRED;
import static org.ssaplanner.authorities.condition.ConditionVocabulary.AUTHORITY_EXPIRES_DURING_PROGRAM;
import static org.ssaplanner.authorities.condition.ConditionVocabulary.AUTHORITY_NOTIFICATION_REQUIRED;
import static org.ssaplanner.authorities.condition.ConditionVocabulary.AUTHORITY_SOURCE_ACT;
import static org.ssaplanner.authorities.condition.ConditionVocabulary.AUTHORITY_STATUTE;
import static org.ssaplanner.authorities.condition.ConditionVocabulary.AUTHORITY_TEMPORARY;
import static org.ssaplanner.authorities.condition.ConditionVocabulary.CAPABILITY_DOMAIN;
import static org.ssaplanner.authorities.condition.ConditionVocabulary.COUNTRY;
import static org.ssaplanner.authorities.condition.ConditionVocabulary.NOTIFICATION_FILED;
import static org.ssaplanner.authorities.condition.ConditionVocabulary.RECIPIENT_TYPE;
import static org.ssaplanner.authorities.condition.ConditionVocabulary.UNIT_CREDIBLE_HR_VIOLATION;
import static org.ssaplanner.authorities.condition.ConditionVocabulary.UNIT_UNDER_REVIEW;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.ssaplanner.authorities.AuthoritySummary;
import org.ssaplanner.authorities.condition.ConditionContext;
import org.ssaplanner.programs.ProgramFacts;

/** The condition language's view of one program on one day (see docs/restriction-conditions.md). */
final class ProgramConditionContext implements ConditionContext {

    private final ProgramFacts facts;
    private final EvaluationInput input;
    private final LocalDate day;

    ProgramConditionContext(ProgramFacts facts, EvaluationInput input, LocalDate day) {
        this.facts = facts;
        this.input = input;
        this.day = day;
    }

    @Override
    public Set<String> values(String field) {
        return switch (field) {
            case RECIPIENT_TYPE -> one(facts.recipientTypeCode());
            case ASSISTANCE_TYPE -> one(facts.assistanceTypeCode());
            case CAPABILITY_DOMAIN -> upper(facts.capabilityDomainCodes());
            case COUNTRY -> one(input.countryAlpha2());
            case AUTHORITY -> authorityValues(AuthoritySummary::shortName);
            case AUTHORITY_STATUTE -> authorityValues(a -> a.statute().name());
            case AUTHORITY_SOURCE_ACT -> authorityValues(a -> a.sourceAct().name());
            case AUTHORITY_CATEGORY -> authorityValues(a -> a.category().name());
            default -> Set.of();
        };
    }

    @Override
    public boolean flag(String name) {
        return switch (name) {
            case UNIT_CREDIBLE_HR_VIOLATION -> input.unit().credible();
            case UNIT_UNDER_REVIEW -> input.unit().underReview();
            case AUTHORITY_EXPIRED -> !expired().isEmpty();
            case AUTHORITY_EXPIRES_DURING_PROGRAM -> !expiringDuringProgram().isEmpty();
            case AUTHORITY_TEMPORARY -> authorities().stream().anyMatch(AuthoritySummary::temporary);
            case AUTHORITY_NOTIFICATION_REQUIRED -> !requiringNotification().isEmpty();
            case NOTIFICATION_FILED -> notNotified().isEmpty();
            default -> false;
        };
    }

    ProgramFacts facts() {
        return facts;
    }

    EvaluationInput input() {
        return input;
    }

    LocalDate day() {
        return day;
    }

    /** The program's authorities known to the catalogue, in short-name order. */
    List<AuthoritySummary> authorities() {
        return facts.authorityIds().stream().map(input.authorities()::get).filter(a -> a != null)
                .sorted(Comparator.comparing(AuthoritySummary::shortName)).toList();
    }

    List<AuthoritySummary> authoritiesWhere(Predicate<AuthoritySummary> test) {
        return authorities().stream().filter(test).toList();
    }

    List<AuthoritySummary> expired() {
        return authoritiesWhere(a -> a.expiredOn(day));
    }

    List<AuthoritySummary> expiringDuringProgram() {
        return authoritiesWhere(a -> a.sunsetDate() != null && facts.endDate() != null
                && a.sunsetDate().isBefore(facts.endDate()));
    }

    List<AuthoritySummary> requiringNotification() {
        return authoritiesWhere(AuthoritySummary::notificationRequired);
    }

    /** Authorities requiring notification without a filing on record whose waiting period has run. */
    List<AuthoritySummary> notNotified() {
        return requiringNotification().stream().filter(a -> {
            LocalDate filed = input.notificationsFiledOn().get(a.id());
            return filed == null || filed.plusDays(a.notificationDays()).isAfter(day);
        }).toList();
    }

    private Set<String> authorityValues(Function<AuthoritySummary, String> value) {
        return authorities().stream().map(value).map(v -> v.toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    private static Set<String> one(String value) {
        return value == null || value.isBlank() ? Set.of() : Set.of(value.toUpperCase(Locale.ROOT));
    }

    private static Set<String> upper(Collection<String> values) {
        return values.stream().map(v -> v.toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
    }
}
