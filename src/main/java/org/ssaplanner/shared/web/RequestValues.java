package org.ssaplanner.shared.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.server.ResponseStatusException;

/**
 * Request parameters read by a handler itself rather than bound by Spring MVC, for handlers whose permission check
 * (method security on the handler) must come before any complaint about the input: binding fails before the check,
 * so such a handler takes its parameters as optional text and reads them with these. Missing or malformed values
 * are answered 400 with the application's error page, like a failed binding.
 */
public final class RequestValues {

    private RequestValues() {
    }

    public static long requiredLong(String name, String value) throws MissingServletRequestParameterException {
        if (value == null || value.isBlank()) {
            throw new MissingServletRequestParameterException(name, "long");
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Malformed parameter " + name);
        }
    }

    public static <E extends Enum<E>> E requiredEnum(String name, String value, Class<E> type)
            throws MissingServletRequestParameterException {
        if (value == null || value.isBlank()) {
            throw new MissingServletRequestParameterException(name, type.getSimpleName());
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Malformed parameter " + name);
        }
    }
}
