package org.ssaplanner.accounts.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.ssaplanner.shared.security.CurrentUser;

/**
 * Updates the signed-in user kept in the session after they changed their own account (new password, second
 * factor added or removed), so that the sign-in stage follows at once; a factor just proven (an
 * authenticator-app code at enrolment) is added like any other factor.
 */
public final class SignedInSession {

    private static final SecurityContextRepository CONTEXTS = new HttpSessionSecurityContextRepository();

    private SignedInSession() {
    }

    public static void update(HttpServletRequest request, HttpServletResponse response, UnaryOperator<CurrentUser> change,
            String... provenFactors) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (current == null || !(current.getPrincipal() instanceof CurrentUser user)) {
            return;
        }
        List<GrantedAuthority> authorities = new ArrayList<>(current.getAuthorities());
        for (String factor : provenFactors) {
            authorities.removeIf(a -> factor.equals(a.getAuthority()));
            authorities.add(FactorGrantedAuthority.fromAuthority(factor));
        }
        Authentication updated = UsernamePasswordAuthenticationToken.authenticated(change.apply(user), null, authorities);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(updated);
        SecurityContextHolder.setContext(context);
        CONTEXTS.saveContext(context, request, response);
    }
}
