package org.ssaplanner.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.server.PathContainer;
import org.springframework.util.unit.DataSize;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import org.ssaplanner.shared.DataSizes;

/**
 * The limit of one upload endpoint. Each module that accepts file uploads declares one bean per endpoint (method and
 * path pattern such as {@code /evaluations/{id}/evidence}), so that an upload over the limit is refused before its
 * body is read ({@link UploadLimitFilter}) and the 413 page quotes that endpoint's own limit (never another's).
 * The servlet-wide multipart limits ({@code spring.servlet.multipart.*}) must be at least the largest of them.
 *
 * @param maxFileSize the largest file accepted
 * @param maxFiles    files per request
 */
public record UploadLimit(String method, String pathPattern, DataSize maxFileSize, int maxFiles) {

    /** Room for the form's other fields and the multipart boundaries and part headers. */
    private static final long FORM_OVERHEAD = 1024 * 1024;

    /** The request attribute that holds the limit of the endpoint a multipart request goes to. */
    public static final String REQUEST_ATTRIBUTE = "uploadLimit";

    private static final PathPatternParser PARSER = PathPatternParser.defaultInstance;

    public UploadLimit {
        PARSER.parse(pathPattern);
        if (maxFiles < 1) {
            throw new IllegalArgumentException("maxFiles must be at least 1");
        }
    }

    /** The largest request body the endpoint accepts. */
    public long maxRequestBytes() {
        return Math.multiplyExact(maxFileSize.toBytes(), (long) maxFiles) + FORM_OVERHEAD;
    }

    /** The file limit for people: "2 GB", "10 MB", "512 KB". */
    public String label() {
        return DataSizes.label(maxFileSize);
    }

    boolean matches(HttpServletRequest request) {
        if (!method.equalsIgnoreCase(request.getMethod())) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        PathPattern pattern = PARSER.parse(pathPattern);
        return pattern.matches(PathContainer.parsePath(path));
    }

    /** The limit of the endpoint the request goes to, or null. */
    static UploadLimit find(Iterable<UploadLimit> limits, HttpServletRequest request) {
        for (UploadLimit limit : limits) {
            if (limit.matches(request)) {
                return limit;
            }
        }
        return null;
    }
}
