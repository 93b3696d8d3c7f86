package org.ssaplanner.shared.api;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.core.PropertyReferenceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.ssaplanner.shared.FieldValidationException;
import org.ssaplanner.shared.NotFoundException;
import org.ssaplanner.shared.StaleEditException;

/**
 * Errors of the REST API as RFC 9457 problem details ({@code application/problem+json}): the status, a title, a
 * detail a script's author can act on, and for refused input the field errors with their messages. Never a stack
 * trace or an exception's text from inside the application.
 */
@RestControllerAdvice(annotations = ApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    private final MessageSource messages;

    ApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "No such record", "There is no record at this address (or it was removed).");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "Not allowed",
                "The token's user may not do this (their roles, their agency or the token's scope).");
    }

    @ExceptionHandler({StaleEditException.class, ObjectOptimisticLockingFailureException.class})
    ProblemDetail stale(RuntimeException e) {
        return problem(HttpStatus.PRECONDITION_FAILED, "Changed meanwhile",
                "The record was changed since the version in If-Match: read it again (GET), then send the change with"
                        + " its new ETag.");
    }

    @ExceptionHandler(Versions.PreconditionRequiredException.class)
    ProblemDetail preconditionRequired(Versions.PreconditionRequiredException e) {
        return problem(HttpStatus.PRECONDITION_REQUIRED, "If-Match required", e.getMessage());
    }

    @ExceptionHandler({PropertyReferenceException.class, IllegalArgumentException.class})
    ProblemDetail badParameter(RuntimeException e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid parameter",
                "A parameter has a value this endpoint does not take (for example an unknown sort property).");
    }

    @ExceptionHandler(FieldValidationException.class)
    ProblemDetail invalid(FieldValidationException e, Locale locale) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid input",
                "Nothing was saved; see errors for each field.");
        List<Map<String, String>> errors = e.violations().stream().map(v -> Map.of("field", v.field(), "message",
                messages.getMessage(v.messageKey(), v.arguments().toArray(), v.messageKey(), locale))).toList();
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("API request failed", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Server error",
                "The request could not be completed; nothing was saved. The error is in the application's log.");
    }

    /** A body that fails the endpoint's checks: every field with its message, as the browser's form shows them. */
    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid input",
                "Nothing was saved; see errors for each field.");
        Locale locale = request.getLocale();
        problem.setProperty("errors", ex.getBindingResult().getFieldErrors().stream()
                .map(e -> Map.of("field", e.getField(), "message", messages.getMessage(e, locale))).toList());
        return handleExceptionInternal(ex, problem, headers, status, request);
    }

    /** Spring MVC's own errors (unreadable JSON, an unknown field, a wrong type, a missing parameter): no internals. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        ProblemDetail problem = body instanceof ProblemDetail given ? given
                : ProblemDetail.forStatus(statusCode);
        if (ex instanceof HttpMessageNotReadableException) {
            problem.setTitle("Unreadable request body");
            problem.setDetail("The body is not the JSON this endpoint takes (malformed, a field of the wrong type, or "
                    + "a field it does not know); nothing was saved. The OpenAPI document describes each body.");
        }
        problem.setType(URI.create("about:blank"));
        return super.handleExceptionInternal(ex, problem, headers, statusCode, request);
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
