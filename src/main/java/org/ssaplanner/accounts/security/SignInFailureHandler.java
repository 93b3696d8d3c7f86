package org.ssaplanner.accounts.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.ssaplanner.shared.database.DatabaseUnavailable;

/**
 * A failed sign-in goes back to the sign-in page with its reason, except when the database did not answer while
 * looking the user up: Spring Security reports that as an authentication failure too, which would read "wrong
 * username or password". It is passed on instead, to end with the "database is not answering" page.
 */
class SignInFailureHandler extends SimpleUrlAuthenticationFailureHandler {

    SignInFailureHandler(String failureUrl) {
        super(failureUrl);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException, ServletException {
        if (DatabaseUnavailable.isCause(exception)) {
            throw new DataAccessResourceFailureException("The database did not answer during sign-in", exception);
        }
        super.onAuthenticationFailure(request, response, exception);
    }
}
