package org.ssaplanner;

import java.util.Set;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.ssaplanner.shared.security.CurrentUser;
import org.ssaplanner.shared.security.Role;

/** Signs a test in as a given user, so that method security and auditing see a real principal. */
public final class TestUsers {

    private TestUsers() {
    }

    public static CurrentUser user(long id, String username, long agencyId, Role... roles) {
        return new CurrentUser(id, username, "", username, agencyId, Set.of(roles), true, null);
    }

    public static void signIn(CurrentUser user) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    public static void signInAs(String username, long agencyId, Role... roles) {
        signIn(user(-1, username, agencyId, roles));
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
