package org.ssaplanner.accounts.web;

import org.ssaplanner.accounts.UserFilter;
import org.ssaplanner.shared.security.Role;

/**
 * The query parameters of the user list ({@code /admin/users?q=smith&agency=3&role=PLANNER&status=enabled}), bound by
 * Spring; the names are part of the URL. {@code status} is enabled or disabled (anything else: both).
 */
record UserSearchParams(String q, Long agency, Role role, String status) {

    UserFilter toFilter() {
        Boolean enabled = "enabled".equals(status) ? Boolean.TRUE : "disabled".equals(status) ? Boolean.FALSE : null;
        return new UserFilter(q, agency, role, enabled);
    }
}
