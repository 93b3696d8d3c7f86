package org.ssaplanner.shared;

import java.util.function.Supplier;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A value that several sections of one page read (issue 18: the plan page read its plan six times and its conductor
 * five), read once per GET or HEAD request and kept in the request. Only in those: a POST may change what it reads,
 * so it reads every time, as do jobs and tests outside a request. Null is not kept.
 */
public final class ReadOncePerRequest {

    private static final String PREFIX = ReadOncePerRequest.class.getName() + ".";

    private ReadOncePerRequest() {
    }

    @SuppressWarnings("unchecked")
    public static <T> T get(String key, Supplier<T> read) {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (!(attributes instanceof ServletRequestAttributes servlet) || !safe(servlet.getRequest().getMethod())) {
            return read.get();
        }
        String name = PREFIX + key;
        Object kept = servlet.getAttribute(name, RequestAttributes.SCOPE_REQUEST);
        if (kept != null) {
            return (T) kept;
        }
        T value = read.get();
        if (value != null) {
            servlet.setAttribute(name, value, RequestAttributes.SCOPE_REQUEST);
        }
        return value;
    }

    private static boolean safe(String method) {
        return "GET".equals(method) || "HEAD".equals(method);
    }
}
