/**
 * Security log: the security events of AU-2 (sign-in success and failure, lockout, account and role changes,
 * password and second-factor changes, session revocations, waiver decisions, imports), who, when, from which
 * address and what, in an append-only, hash-chained table.
 *
 * <ul>
 * <li>Feeds: Spring Boot's audit events. {@code AuditApplicationEvent(principal, type, data)} published anywhere
 * reaches Boot's {@code AuditListener}, which hands it to this module's {@code AuditEventRepository}; Boot's
 * {@code AuthenticationAuditListener} turns Spring Security's authentication events into
 * {@code AUTHENTICATION_SUCCESS}, {@code AUTHENTICATION_FAILURE} and {@code LOGOUT_SUCCESS}. Waiver decisions
 * are heard as {@link org.ssaplanner.authorities.WaiverChanged}. An event is written in the transaction that
 * publishes it (so a change that is rolled back leaves no event), or in its own when there is none.</li>
 * <li>Integrity: the database refuses UPDATE, DELETE and TRUNCATE of the events (triggers, and for an external
 * database the grants of docs/security-log.md); each event carries the SHA-256 of its content and of the
 * previous event, and {@link org.ssaplanner.securitylog.SecurityLogService#verify()} finds gaps and edits.</li>
 * <li>Readers: administrators and read-only oversight users (VIEWER), who are the ones who audit administrators.</li>
 * </ul>
 */
@ApplicationModule(displayName = "Security log", allowedDependencies = {"authorities", "shared"})
package org.ssaplanner.securitylog;

import org.springframework.modulith.ApplicationModule;
