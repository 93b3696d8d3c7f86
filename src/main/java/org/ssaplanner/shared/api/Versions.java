package org.ssaplanner.shared.api;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Optimistic locking over HTTP: a resource's {@code ETag} is its version ({@code "3"}); an update must send it back
 * in {@code If-Match}. Missing: 428; not a version: 412 (it cannot match).
 */
public final class Versions {

    private Versions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** The version an {@code If-Match} header names. */
    public static long fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequiredException();
        }
        String value = ifMatch.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "").trim();
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new ResponseStatusException(HttpStatus.PRECONDITION_FAILED, "If-Match names no version of this resource");
        }
    }

    /** An update without {@code If-Match}: 428, so that nobody overwrites a change they have not seen. */
    public static final class PreconditionRequiredException extends RuntimeException {

        PreconditionRequiredException() {
            super("If-Match is required: send the ETag of the version you changed");
        }
    }
}
