package org.ssaplanner.shared.web;

import java.beans.PropertyEditorSupport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.support.WebBindingInitializer;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.InitBinderDataBinderFactory;
import org.springframework.web.method.support.InvocableHandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.ServletRequestDataBinderFactory;

/**
 * Text bound into forms and filter objects arrives trimmed, and all-blank text as {@code null}
 * ({@link StringTrimmerEditor}), so no controller or form trims by hand.
 * <p>
 * Two exceptions. A field whose name contains "password" keeps every character the user typed (spaces may be part
 * of a password). A single {@code @RequestParam} or {@code @PathVariable} is not a form (its binder has no target) and
 * is left as sent: {@code /login?logout} must stay the empty text, not become "absent".
 * <p>
 * Registered after the controller's own {@code @InitBinder} methods rather than in a {@code @ControllerAdvice} one
 * (which Spring runs first): registering an editor initializes the binder, and a controller may still have to
 * configure it before that ({@code setAutoGrowCollectionLimit} in {@code ResultsController}).
 */
@Configuration(proxyBeanMethods = false)
class TrimmedText implements WebMvcRegistrations {

    @Override
    public RequestMappingHandlerAdapter getRequestMappingHandlerAdapter() {
        return new RequestMappingHandlerAdapter() {
            @Override
            protected InitBinderDataBinderFactory createDataBinderFactory(List<InvocableHandlerMethod> binderMethods) {
                return new TrimmingBinderFactory(binderMethods, getWebBindingInitializer());
            }
        };
    }

    /** Trims the text of form and filter objects bound by {@code binder}; see the class comment. */
    static void register(WebDataBinder binder) {
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

    private static final class TrimmingBinderFactory extends ServletRequestDataBinderFactory {

        TrimmingBinderFactory(List<InvocableHandlerMethod> binderMethods, WebBindingInitializer initializer) {
            super(binderMethods, initializer);
        }

        @Override
        public void initBinder(WebDataBinder binder, NativeWebRequest request) throws Exception {
            super.initBinder(binder, request);
            register(binder);
        }
    }

    /** Text exactly as typed: a path-specific editor, which wins over the trimming one. */
    private static final class AsTyped extends PropertyEditorSupport {

        @Override
        public void setAsText(String text) {
            setValue(text);
        }
    }
}
