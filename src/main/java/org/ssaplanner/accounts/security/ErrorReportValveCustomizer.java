package org.ssaplanner.accounts.security;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Puts {@link ApplicationErrorReportValve} in place of the ErrorReportValve that Spring Boot (and Tomcat) put on
 * the host. Runs after Boot's own customizer (order 0), so the valve it adds is the one replaced.
 */
@Component
class ErrorReportValveCustomizer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final MessageSource messages;

    ErrorReportValveCustomizer(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        ApplicationErrorReportValve valve = new ApplicationErrorReportValve(headers(), page());
        factory.addContextCustomizers(context -> {
            if (!(context.getParent() instanceof Host host)) {
                return;
            }
            for (Valve existing : host.getPipeline().getValves()) {
                if (existing instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(existing);
                }
            }
            host.getPipeline().addValve(valve);
            if (host instanceof StandardHost standard) {
                standard.setErrorReportValveClass(ApplicationErrorReportValve.class.getName());
            }
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /** The headers Spring Security writes on the application's pages (HSTS is added when the request is HTTPS). */
    static Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY);
        headers.put("Referrer-Policy", "same-origin");
        headers.put("Permissions-Policy", SecurityConfiguration.PERMISSIONS_POLICY);
        headers.put("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
        headers.put("X-XSS-Protection", "0");
        return headers;
    }

    /** The application's 400 page, as a static page (the request never reached the application to render it). */
    private String page() {
        String title = message("error.400.title");
        String text = message("error.400.text");
        String home = message("error.home");
        String app = message("app.name");
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + title + " · " + app + "</title>\n"
                + "<link rel=\"icon\" href=\"/favicon.ico\" sizes=\"any\">\n"
                + "<link rel=\"stylesheet\" href=\"/webjars/bootstrap/dist/css/bootstrap.min.css\">\n"
                + "<link rel=\"stylesheet\" href=\"/css/app.css\">\n</head>\n<body>\n"
                + "<header><nav class=\"navbar navbar-dark bg-primary\" aria-label=\"" + app + "\"><div class=\"container\">"
                + "<a class=\"navbar-brand fw-semibold\" href=\"/\">" + app + "</a></div></nav></header>\n"
                + "<main id=\"main\" class=\"container py-5\" data-testid=\"error-400\">\n"
                + "<h1 class=\"h3\">" + title + "</h1>\n<p class=\"lead\">" + text + "</p>\n"
                + "<p><a href=\"/\" class=\"btn btn-primary\">" + home + "</a></p>\n</main>\n</body>\n</html>\n";
    }

    private String message(String key) {
        return HtmlUtils.htmlEscape(messages.getMessage(key, null, key, LocaleContextHolder.getLocale()));
    }
}
