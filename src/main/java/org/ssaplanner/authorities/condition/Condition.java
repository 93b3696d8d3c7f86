package org.ssaplanner.authorities.condition;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A parsed restriction condition (abstract syntax tree). Evaluation is pure: no I/O, no clock. */
public sealed interface Condition permits Condition.And, Condition.Or, Condition.Not, Condition.Comparison,
        Condition.Flag {

    /** Whether the condition holds for the program the context describes, and the atoms that decided it. */
    Evaluation evaluate(ConditionContext context);

    /** Canonical text, fully parenthesised where needed. */
    String text();

    /** Every atom (comparison or flag) in the condition. */
    default List<Condition> atoms() {
        List<Condition> atoms = new ArrayList<>();
        collect(this, atoms);
        return atoms;
    }

    private static void collect(Condition c, List<Condition> atoms) {
        if (c instanceof And and) {
            and.parts().forEach(p -> collect(p, atoms));
        } else if (c instanceof Or or) {
            or.parts().forEach(p -> collect(p, atoms));
        } else if (c instanceof Not not) {
            collect(not.inner(), atoms);
        } else {
            atoms.add(c);
        }
    }

    record And(List<Condition> parts) implements Condition {

        public And {
            parts = List.copyOf(parts);
        }

        @Override
        public Evaluation evaluate(ConditionContext context) {
            List<Witness> witnesses = new ArrayList<>();
            for (Condition part : parts) {
                Evaluation e = part.evaluate(context);
                if (!e.holds()) {
                    return e;
                }
                witnesses.addAll(e.witnesses());
            }
            return new Evaluation(true, witnesses);
        }

        @Override
        public String text() {
            return parts.stream().map(p -> p instanceof Or ? "(" + p.text() + ")" : p.text())
                    .collect(Collectors.joining(" and "));
        }
    }

    record Or(List<Condition> parts) implements Condition {

        public Or {
            parts = List.copyOf(parts);
        }

        @Override
        public Evaluation evaluate(ConditionContext context) {
            List<Witness> witnesses = new ArrayList<>();
            for (Condition part : parts) {
                Evaluation e = part.evaluate(context);
                if (e.holds()) {
                    return e;
                }
                witnesses.addAll(e.witnesses());
            }
            return new Evaluation(false, witnesses);
        }

        @Override
        public String text() {
            return parts.stream().map(Condition::text).collect(Collectors.joining(" or "));
        }
    }

    record Not(Condition inner) implements Condition {

        @Override
        public Evaluation evaluate(ConditionContext context) {
            Evaluation e = inner.evaluate(context);
            return new Evaluation(!e.holds(), e.witnesses());
        }

        @Override
        public String text() {
            return inner instanceof And || inner instanceof Or ? "not (" + inner.text() + ")" : "not " + inner.text();
        }
    }

    /** {@code field = V}, {@code field != V}, {@code field in (A, B)}, {@code field not in (A, B)}. */
    record Comparison(String field, Operator operator, List<String> values) implements Condition {

        public Comparison {
            values = List.copyOf(values);
        }

        @Override
        public Evaluation evaluate(ConditionContext context) {
            Set<String> matched = new HashSet<>(context.values(field));
            matched.retainAll(values);
            boolean holds = operator.positive() != matched.isEmpty();
            return new Evaluation(holds, List.of(new Witness(this, holds)));
        }

        @Override
        public String text() {
            return switch (operator) {
                case EQUALS -> field + " = " + values.get(0);
                case NOT_EQUALS -> field + " != " + values.get(0);
                case IN -> field + " in (" + String.join(", ", values) + ")";
                case NOT_IN -> field + " not in (" + String.join(", ", values) + ")";
            };
        }
    }

    /** A true/false fact such as {@code unit.credible_hr_violation}. */
    record Flag(String name) implements Condition {

        @Override
        public Evaluation evaluate(ConditionContext context) {
            boolean holds = context.flag(name);
            return new Evaluation(holds, List.of(new Witness(this, holds)));
        }

        @Override
        public String text() {
            return name;
        }
    }

    enum Operator {
        EQUALS(true),
        NOT_EQUALS(false),
        IN(true),
        NOT_IN(false);

        private final boolean positive;

        Operator(boolean positive) {
            this.positive = positive;
        }

        /** True for = and in (holds when a value matches), false for != and not in. */
        public boolean positive() {
            return positive;
        }
    }

    /** The outcome and the atoms that decided it (each with its own truth value). */
    record Evaluation(boolean holds, List<Witness> witnesses) {

        public Evaluation {
            witnesses = List.copyOf(witnesses);
        }
    }

    /** An atom (comparison or flag) and whether it held for the program. */
    record Witness(Condition atom, boolean held) {
    }
}
