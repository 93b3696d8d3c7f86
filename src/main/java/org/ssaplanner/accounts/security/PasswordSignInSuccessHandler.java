package org.ssaplanner.accounts.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/** After the password: notes where the session comes from (shown on "My account"), then the usual redirect. */
final class PasswordSignInSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

    PasswordSignInSuccessHandler() {
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws ServletException, IOException {
        request.getSession().setAttribute(AccountSessions.REMOTE_ADDRESS, request.getRemoteAddr());
        String agent = request.getHeader("User-Agent");
        request.getSession().setAttribute(AccountSessions.USER_AGENT,
                agent == null ? null : agent.substring(0, Math.min(agent.length(), 200)));
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
