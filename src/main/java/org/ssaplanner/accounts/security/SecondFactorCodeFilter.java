package org.ssaplanner.accounts.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AbstractAuthenticationProcessingFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.ssaplanner.shared.security.CurrentUser;

/**
 * {@code POST /login/second-factor} with a {@code code}: the second factor of a user who signed in with
 * their password. A Spring Security authentication filter, so that session fixation protection, the
 * multi-factor merge of factors, the saved request and the authentication events apply as to the password.
 */
final class SecondFactorCodeFilter extends AbstractAuthenticationProcessingFilter {

    static final String URL = "/login/second-factor";

    SecondFactorCodeFilter() {
        super(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, URL));
    }

    @Override
    public Authentication attemptAuthentication(HttpServletRequest request, HttpServletResponse response) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (current == null || !(current.getPrincipal() instanceof CurrentUser user)) {
            throw new InsufficientAuthenticationException("sign in with your password first");
        }
        String code = request.getParameter("code");
        SecondFactorCodeAuthenticationToken token = new SecondFactorCodeAuthenticationToken(user.getUsername(),
                code == null ? "" : code);
        return getAuthenticationManager().authenticate(token);
    }
}
