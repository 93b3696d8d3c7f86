package org.ssaplanner.shared.security;

import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Access to the signed-in user from services (the web layer gets it by argument resolution). */
public final class CurrentUsers {

    public static final String SYSTEM = "system";

    private CurrentUsers() {
    }

    public static Optional<CurrentUser> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public static CurrentUser require() {
        return current().orElseThrow(() -> new IllegalStateException("no signed-in user"));
    }

    public static String currentUsernameOrSystem() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated() || authentication.getName() == null) {
            return SYSTEM;
        }
        return authentication.getName();
    }
}
