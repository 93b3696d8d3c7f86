package org.ssaplanner.shared.audit;

import java.util.function.Function;

/**
 * One editable field of a record: its name (stable, in the change history's data), the message key of its label, and
 * how to read it from a value of the record (a form's command, a stored record, a history snapshot) as text users
 * read: names and labels, not ids or codes. Part of a {@link RecordFields} description.
 */
public record FieldDescription<T>(String name, String labelKey, Function<T, String> text) {
}
