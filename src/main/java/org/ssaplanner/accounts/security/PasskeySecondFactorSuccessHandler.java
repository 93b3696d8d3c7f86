package org.ssaplanner.accounts.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.HttpMessageConverterAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.ssaplanner.shared.security.CurrentUser;

/**
 * After a passkey was verified (Spring Security's WebAuthn filter, which with multi-factor support keeps the
 * factors proven before): a passkey is a second factor here, so the sign-in counts only when the password was
 * proven in the same session; the application's own user ({@link CurrentUser}) becomes the principal again,
 * with every factor proven. Then Spring's JSON answer tells the page where to go.
 */
final class PasskeySecondFactorSuccessHandler implements AuthenticationSuccessHandler {

    private final UserDetailsService users;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final AuthenticationSuccessHandler delegate = new HttpMessageConverterAuthenticationSuccessHandler();

    PasskeySecondFactorSuccessHandler(UserDetailsService users) {
        this.users = users;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, ServletException {
        boolean passwordProven = authentication.getAuthorities().stream()
                .anyMatch(a -> FactorGrantedAuthority.PASSWORD_AUTHORITY.equals(a.getAuthority()));
        CurrentUser user = passwordProven && users.loadUserByUsername(authentication.getName()) instanceof CurrentUser u
                && u.isEnabled() && u.isAccountNonLocked() ? u : null;
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        if (user == null) {
            SecurityContextHolder.clearContext();
            contexts.saveContext(context, request, response);
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        Authentication signedIn = UsernamePasswordAuthenticationToken.authenticated(user.withoutPassword(), null,
                authentication.getAuthorities());
        context.setAuthentication(signedIn);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        delegate.onAuthenticationSuccess(request, response, signedIn);
    }
}
