package org.ssaplanner.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.log.LogFormatUtils;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.support.DefaultHandlerExceptionResolver;
import org.ssaplanner.shared.logging.LogValues;

/**
 * Spring MVC logs every bad request it answers with 400 (a path variable that is no number, a parameter of the
 * wrong type) at WARN with the whole exception message, so a 5,000-digit id went verbatim into the log. This
 * replaces its resolver by one that cuts the message to {@value LogValues#MAX_LENGTH} characters (and writes
 * newlines and tabs as escapes), and otherwise behaves the same.
 */
@Configuration(proxyBeanMethods = false)
class TrimmedExceptionLogging implements WebMvcConfigurer {

    @Override
    public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
        for (int i = 0; i < resolvers.size(); i++) {
            if (resolvers.get(i) instanceof DefaultHandlerExceptionResolver original
                    && !(original instanceof TrimmingResolver)) {
                TrimmingResolver trimming = new TrimmingResolver();
                trimming.setOrder(original.getOrder());
                trimming.setWarnLogCategory(DefaultHandlerExceptionResolver.class.getName());
                resolvers.set(i, trimming);
            }
        }
    }

    static final class TrimmingResolver extends DefaultHandlerExceptionResolver {

        @Override
        protected String buildLogMessage(Exception ex, HttpServletRequest request) {
            return "Resolved [" + LogFormatUtils.formatValue(ex, LogValues.MAX_LENGTH, true) + "]";
        }
    }
}
