package org.ssaplanner.securitylog;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.ssaplanner.securitylog.domain.SecurityEventStore;
import org.ssaplanner.securitylog.domain.StoredEvent;

/**
 * Turns an event (type, principal, data) into a log row: adds who was signed in, the client's address (from the
 * current request, which honours the proxy's X-Forwarded-For, see server.forward-headers-strategy), and keeps the
 * data short and free of secrets: values are cut to {@value #MAX_VALUE} characters, keys that name a password,
 * secret, token or credential are replaced by "[redacted]", and the session id Spring Security passes along with
 * sign-ins is dropped.
 */
@Component
class SecurityEventRecorder {

    static final int MAX_VALUE = 500;
    static final int MAX_PRINCIPAL = 100;
    static final int MAX_TYPE = 60;
    static final int MAX_ADDRESS = 64;
    static final int MAX_KEYS = 30;
    static final String ANONYMOUS = "anonymous";

    private static final Pattern SECRET_KEY = Pattern.compile("(?i).*(password|secret|token|credential).*");

    private final SecurityEventStore store;

    SecurityEventRecorder(SecurityEventStore store) {
        this.store = store;
    }

    StoredEvent record(String type, String principal, Instant occurredAt, Map<String, ?> data) {
        Map<String, String> details = new TreeMap<>();
        String address = currentRequestAddress();
        if (data != null) {
            for (Map.Entry<String, ?> entry : data.entrySet()) {
                Object value = entry.getValue();
                if (value instanceof WebAuthenticationDetails web) {
                    if (address == null) {
                        address = web.getRemoteAddress();
                    }
                    continue;
                }
                if (entry.getKey() == null || value == null || details.size() >= MAX_KEYS) {
                    continue;
                }
                String key = cut(entry.getKey(), 60);
                details.put(key, SECRET_KEY.matcher(key).matches() ? "[redacted]" : cut(text(value), MAX_VALUE));
            }
        }
        if ("AUTHENTICATION_FAILURE".equals(type) && details.containsKey("type")) {
            // Boot puts the exception's class name under "type": keep its simple name as the reason
            String exception = details.remove("type");
            details.put("reason", exception.substring(exception.lastIndexOf('.') + 1));
        }
        String who = principal == null || principal.isBlank() ? ANONYMOUS : cut(principal.strip(), MAX_PRINCIPAL);
        return store.append(occurredAt == null ? Instant.now() : occurredAt, cut(type, MAX_TYPE), who, currentActor(),
                address == null ? null : cut(address, MAX_ADDRESS), SecurityEventDetails.toJson(details));
    }

    private static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated() || authentication.getName() == null) {
            return null;
        }
        return cut(authentication.getName(), MAX_PRINCIPAL);
    }

    private static String currentRequestAddress() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            HttpServletRequest request = servlet.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    private static String text(Object value) {
        if (value instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        return String.valueOf(value);
    }

    static String cut(String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        return value.substring(0, max - 1) + "…";
    }

    static String normalizedType(String type) {
        return type == null ? null : type.trim().toUpperCase(Locale.ROOT);
    }
}
