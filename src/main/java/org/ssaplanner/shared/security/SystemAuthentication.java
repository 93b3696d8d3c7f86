package org.ssaplanner.shared.security;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs start-up and scheduled work as the "system" administrator, so that the same method-security
 * rules apply to it as to users, and audit columns say "system".
 */
public final class SystemAuthentication {

    private SystemAuthentication() {
    }

    public static <T> T call(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(CurrentUsers.SYSTEM, null,
                List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
