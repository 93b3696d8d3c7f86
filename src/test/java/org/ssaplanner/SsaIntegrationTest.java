package org.ssaplanner;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a real PostgreSQL and a random port, with MockMvc available. Every test that needs the database
 * uses this one annotation, so the suite shares a single cached application context (and database).
 * Tests must leave no state that another test depends on: they create their own records with
 * unique names. Statement counting ({@link StatementCounting}) is part of it, off until a test starts it on its
 * thread, so the tests that count statements share the context too instead of starting one of their own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import({TestDatabaseConfiguration.class, StatementCounting.class})
@ActiveProfiles("test")
public @interface SsaIntegrationTest {
}
