package org.ssaplanner.accounts.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.audit.listener.AuditApplicationEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.ssaplanner.shared.security.CurrentUsers;

/**
 * Publishes security-relevant actions as Spring Boot Actuator's standard {@link AuditApplicationEvent}
 * (principal, type, data), for the security event log to record: who did it (the signed-in user or
 * "system"), the type (PASSWORD_CHANGED, MFA_ENROLLED, SESSIONS_REVOKED, ...), and a small map of strings
 * with the target user, what changed and the remote address when the action came with a request.
 */
@Component
public class SecurityAudit {

    public static final String PASSWORD_CHANGED = "PASSWORD_CHANGED";
    public static final String PASSWORD_RESET = "PASSWORD_RESET";
    public static final String MFA_ENROLLED = "MFA_ENROLLED";
    public static final String MFA_REMOVED = "MFA_REMOVED";
    public static final String RECOVERY_CODE_USED = "RECOVERY_CODE_USED";
    public static final String SESSIONS_REVOKED = "SESSIONS_REVOKED";
    public static final String USER_DISABLED = "USER_DISABLED";
    public static final String USER_ENABLED = "USER_ENABLED";
    public static final String USER_UNLOCKED = "USER_UNLOCKED";
    public static final String ROLES_CHANGED = "ROLES_CHANGED";
    public static final String AGENCY_CHANGED = "AGENCY_CHANGED";
    public static final String USER_CREATED = "USER_CREATED";

    private final ApplicationEventPublisher events;

    SecurityAudit(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** Publishes an event about {@code targetUser}; {@code details} are pairs of key and value. */
    public void publish(String type, String targetUser, String... details) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("target", targetUser);
        for (int i = 0; i + 1 < details.length; i += 2) {
            if (details[i + 1] != null) {
                data.put(details[i], details[i + 1]);
            }
        }
        String remoteAddress = remoteAddress();
        if (remoteAddress != null) {
            data.put("remoteAddress", remoteAddress);
        }
        events.publishEvent(new AuditApplicationEvent(CurrentUsers.currentUsernameOrSystem(), type, data));
    }

    private static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
