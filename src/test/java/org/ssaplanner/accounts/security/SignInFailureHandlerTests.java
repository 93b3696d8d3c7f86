package org.ssaplanner.accounts.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.transaction.CannotCreateTransactionException;

class SignInFailureHandlerTests {

    private final SignInFailureHandler handler = new SignInFailureHandler("/login?error");
    private final MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
    private final MockHttpServletResponse response = new MockHttpServletResponse();

    @Test
    void aWrongPasswordGoesBackToTheSignInPage() throws Exception {
        handler.onAuthenticationFailure(request, response, new BadCredentialsException("Bad credentials"));

        assertThat(response.getRedirectedUrl()).isEqualTo("/login?error");
    }

    @Test
    void aDatabaseThatDidNotAnswerWhileLookingTheUserUpIsNotReportedAsAWrongPassword() {
        InternalAuthenticationServiceException lookupFailed = new InternalAuthenticationServiceException(
                "Could not open JPA EntityManager for transaction", new CannotCreateTransactionException(
                        "Could not open JPA EntityManager for transaction", new SQLTransientConnectionException(
                                "HikariPool-1 - Connection is not available, request timed out after 2500ms")));

        assertThatThrownBy(() -> handler.onAuthenticationFailure(request, response, lookupFailed))
                .isInstanceOf(DataAccessResourceFailureException.class)
                .hasCause(lookupFailed);
        assertThat(response.getRedirectedUrl()).isNull();
    }
}
