package org.ssaplanner.shared.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A record's editable fields described once, in display order: the change history ({@link RecordHistory}) and the
 * 409 conflict page ({@link #compare}) both read them, so they name the same fields with the same labels and show
 * their values the same way. Immutable; {@link #and} and {@link #readFrom} return new descriptions.
 */
public final class RecordFields<T> {

    private final List<FieldDescription<T>> fields;

    private RecordFields(List<FieldDescription<T>> fields) {
        this.fields = List.copyOf(fields);
    }

    public static <T> RecordFields<T> describe() {
        return new RecordFields<>(List.of());
    }

    /** This description with one more field at the end. */
    public RecordFields<T> and(String name, String labelKey, Function<T, String> text) {
        List<FieldDescription<T>> more = new ArrayList<>(fields);
        more.add(new FieldDescription<>(name, labelKey, text));
        return new RecordFields<>(more);
    }

    /** The same fields read from another type that converts to this one (e.g. an entity's history snapshots). */
    public <S> RecordFields<S> readFrom(Function<S, T> conversion) {
        return new RecordFields<>(fields.stream()
                .map(f -> new FieldDescription<S>(f.name(), f.labelKey(), s -> f.text().apply(conversion.apply(s))))
                .toList());
    }

    public List<FieldDescription<T>> fields() {
        return fields;
    }

    /** The conflict page's rows: every field, the user's value next to the stored one. */
    public List<ConflictRow> compare(T yours, T stored) {
        return fields.stream()
                .map(f -> new ConflictRow(f.labelKey(), f.text().apply(yours), f.text().apply(stored)))
                .toList();
    }

    /** Texts of a collection of values, sorted and joined with commas, unknown ({@code null}) ones left out. */
    public static <V> String list(Collection<V> values, Function<V, String> text) {
        return values == null ? "" : values.stream().map(text).filter(Objects::nonNull).sorted()
                .collect(Collectors.joining(", "));
    }

    /** A value's text, "" for none. */
    public static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
