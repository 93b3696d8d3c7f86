package org.ssaplanner.shared.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.web.bind.annotation.RestController;

/**
 * A controller of the REST API ({@code /api/v1/...}): JSON in and out, errors as RFC 9457 problem details
 * ({@link ApiProblems}), authenticated by personal access tokens, never by the browser's session.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@RestController
public @interface ApiController {
}
