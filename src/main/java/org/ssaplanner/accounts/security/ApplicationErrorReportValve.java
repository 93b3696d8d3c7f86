package org.ssaplanner.accounts.security;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's last word for requests it refuses before they reach the application (a {@code %00} or an escaping
 * {@code %2e%2e} in the path, a malformed header): the application's error page and its security headers instead
 * of Tomcat's own unstyled page without them. Whatever reached the application keeps its own error handling;
 * this only fills a response that nothing has written yet.
 */
class ApplicationErrorReportValve extends ErrorReportValve {

    static final String HSTS = "max-age=31536000 ; includeSubDomains";

    private final Map<String, String> headers;
    private final String page;

    ApplicationErrorReportValve(Map<String, String> headers, String page) {
        this.headers = Map.copyOf(headers);
        this.page = page;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        try {
            response.resetBuffer();
        } catch (IllegalStateException e) {
            return;
        }
        headers.forEach(response::setHeader);
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try {
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(page);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone; nothing more to do
        }
    }
}
