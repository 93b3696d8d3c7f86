package org.ssaplanner.accounts.web;

import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.ssaplanner.accounts.AccountService;

/**
 * The second step of signing in: a passkey, or a code of the authenticator app, or a recovery code. The code
 * is checked by Spring Security's filter chain ({@code POST /login/second-factor}), the passkey by its
 * WebAuthn support ({@code POST /login/webauthn}).
 */
@Controller
class SecondFactorController {

    private final AccountService account;

    SecondFactorController(AccountService account) {
        this.account = account;
    }

    @GetMapping("/login/second-factor")
    String page(@RequestParam(required = false) String error, HttpSession session, Model model) {
        model.addAttribute("account", account.secondFactorOptions());
        if (error != null) {
            Object exception = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            String key = "mfa.code.wrong";
            if (exception instanceof LockedException) {
                key = "login.error.locked";
            } else if (exception instanceof DisabledException) {
                key = "login.error.disabled";
            } else if ("passkey".equals(error)) {
                key = "mfa.passkey.failed";
            }
            model.addAttribute("codeError", key);
        }
        return "account/second-factor";
    }
}
