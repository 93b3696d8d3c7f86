package org.ssaplanner.shared.web;

import java.beans.PropertyEditorSupport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Text bound into forms and filter objects arrives trimmed, and all-blank text as {@code null}, so no controller or
 * form trims by hand.
 * <p>
 * Two exceptions. A field whose name contains "password" keeps every character the user typed (spaces may be part
 * of a password). A single {@code @RequestParam} or {@code @PathVariable} is not a form (its binder has no target) and
 * is left as sent: {@code /login?logout} must stay the empty text, not become "absent".
 */
@ControllerAdvice
class TrimmedTextAdvice {

    @InitBinder
    void trimText(WebDataBinder binder) {
        Class<?> target = binder.getTarget() != null ? binder.getTarget().getClass()
                : binder.getTargetType() != null ? binder.getTargetType().resolve() : null;
        if (target == null) {
            return;
        }
        List<String> passwords = new ArrayList<>();
        ReflectionUtils.doWithFields(target, field -> passwords.add(field.getName()),
                field -> field.getType() == String.class
                        && field.getName().toLowerCase(Locale.ROOT).contains("password"));
        if (target.isRecord() && !passwords.isEmpty()) {
            // a record is bound through its constructor, where only editors by type apply: no trimming at all
            return;
        }
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
        passwords.forEach(field -> binder.registerCustomEditor(String.class, field, new AsTyped()));
    }

    /** Text exactly as typed: a path-specific editor, which wins over the trimming one. */
    private static final class AsTyped extends PropertyEditorSupport {

        @Override
        public void setAsText(String text) {
            setValue(text);
        }
    }
}
