package org.ssaplanner.shared.database;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.transaction.annotation.Transactional;

/**
 * A read-only transaction for a page that reads across a whole portfolio or country (reports, the compliance
 * list, the country picture), with a time limit ({@code ssa.database.report-timeout-seconds}, default 20 s):
 * Spring sets it as each statement's query timeout, PostgreSQL cancels a statement that runs past it, and the user
 * gets a 503 page that says the report took too long, instead of the request holding one of the pool's few
 * connections for minutes while other users' pages wait for it.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Transactional(readOnly = true, timeoutString = "${ssa.database.report-timeout-seconds:20}")
public @interface ReportQuery {
}
