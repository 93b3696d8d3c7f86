package org.ssaplanner.authorities.condition;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The names a condition may use: value fields (compared with =, !=, in, not in) and flags (true or
 * false). Documented in docs/restriction-conditions.md and on the restriction form; the descriptions
 * are message keys {@code condition.term.<name>}.
 */
public final class ConditionVocabulary {

    public enum Kind { VALUE, FLAG }

    /** A name of the language; for value fields, the values allowed are supplied at validation time. */
    public record Term(String name, Kind kind) {

        public String descriptionKey() {
            return "condition.term." + name;
        }
    }

    public static final String RECIPIENT_TYPE = "recipient_type";
    public static final String ASSISTANCE_TYPE = "assistance_type";
    public static final String CAPABILITY_DOMAIN = "capability_domain";
    public static final String COUNTRY = "country";
    public static final String AUTHORITY = "authority";
    public static final String AUTHORITY_STATUTE = "authority.statute";
    public static final String AUTHORITY_SOURCE_ACT = "authority.source_act";
    public static final String AUTHORITY_CATEGORY = "authority.category";
    public static final String UNIT_CREDIBLE_HR_VIOLATION = "unit.credible_hr_violation";
    public static final String UNIT_UNDER_REVIEW = "unit.hr_under_review";
    public static final String AUTHORITY_EXPIRED = "authority.expired";
    public static final String AUTHORITY_EXPIRES_DURING_PROGRAM = "authority.expires_during_program";
    public static final String AUTHORITY_TEMPORARY = "authority.temporary";
    public static final String AUTHORITY_NOTIFICATION_REQUIRED = "authority.notification_required";
    public static final String NOTIFICATION_FILED = "notification.filed";

    public static final List<Term> TERMS = List.of(
            new Term(RECIPIENT_TYPE, Kind.VALUE),
            new Term(ASSISTANCE_TYPE, Kind.VALUE),
            new Term(CAPABILITY_DOMAIN, Kind.VALUE),
            new Term(COUNTRY, Kind.VALUE),
            new Term(AUTHORITY, Kind.VALUE),
            new Term(AUTHORITY_STATUTE, Kind.VALUE),
            new Term(AUTHORITY_SOURCE_ACT, Kind.VALUE),
            new Term(AUTHORITY_CATEGORY, Kind.VALUE),
            new Term(UNIT_CREDIBLE_HR_VIOLATION, Kind.FLAG),
            new Term(UNIT_UNDER_REVIEW, Kind.FLAG),
            new Term(AUTHORITY_EXPIRED, Kind.FLAG),
            new Term(AUTHORITY_EXPIRES_DURING_PROGRAM, Kind.FLAG),
            new Term(AUTHORITY_TEMPORARY, Kind.FLAG),
            new Term(AUTHORITY_NOTIFICATION_REQUIRED, Kind.FLAG),
            new Term(NOTIFICATION_FILED, Kind.FLAG));

    private ConditionVocabulary() {
    }

    public static Optional<Term> term(String name) {
        return TERMS.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /**
     * Checks every name and value of a parsed condition. allowedValues maps each value field to its
     * allowed values (upper case). Throws {@link ConditionException} naming the first problem.
     */
    public static void validate(Condition condition, Map<String, Set<String>> allowedValues) {
        for (Condition atom : condition.atoms()) {
            if (atom instanceof Condition.Flag flag) {
                Term term = term(flag.name()).orElseThrow(() -> unknown(flag.name()));
                if (term.kind() != Kind.FLAG) {
                    throw new ConditionException("condition.error.fieldNeedsValue", flag.name());
                }
            } else if (atom instanceof Condition.Comparison comparison) {
                Term term = term(comparison.field()).orElseThrow(() -> unknown(comparison.field()));
                if (term.kind() != Kind.VALUE) {
                    throw new ConditionException("condition.error.flagWithValue", comparison.field());
                }
                Set<String> allowed = allowedValues.getOrDefault(comparison.field(), Set.of());
                for (String value : comparison.values()) {
                    if (!allowed.contains(value)) {
                        throw new ConditionException("condition.error.unknownValue", value, comparison.field(),
                                String.join(", ", new TreeSet<>(allowed)));
                    }
                }
            }
        }
    }

    /** Parses and validates; the condition as stored is the text the administrator wrote, trimmed. */
    public static Condition parseAndValidate(String text, Map<String, Set<String>> allowedValues) {
        Condition condition = ConditionParser.parse(text);
        validate(condition, allowedValues);
        return condition;
    }

    /** Names grouped by kind, for the documentation on the form. */
    public static Map<Kind, List<Term>> byKind() {
        Map<Kind, List<Term>> result = new LinkedHashMap<>();
        for (Kind kind : Kind.values()) {
            result.put(kind, TERMS.stream().filter(t -> t.kind() == kind).toList());
        }
        return result;
    }

    private static ConditionException unknown(String name) {
        return new ConditionException("condition.error.unknownName", name,
                String.join(", ", TERMS.stream().map(Term::name).toList()));
    }
}
