package org.ssaplanner.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;
import org.ssaplanner.accounts.AccountService;
import org.ssaplanner.accounts.CreatedAccessToken;
import org.ssaplanner.accounts.PersonalAccessTokenService;
import org.ssaplanner.accounts.SecondFactorState;
import org.ssaplanner.accounts.TokenScope;
import org.ssaplanner.accounts.TotpSetup;
import org.ssaplanner.accounts.UserValidationException;
import org.ssaplanner.accounts.security.SignInStage;
import org.ssaplanner.accounts.security.SignedInSession;
import org.ssaplanner.shared.FieldValidationException;
import org.ssaplanner.shared.security.CurrentUser;
import org.ssaplanner.shared.web.Confirmation;
import org.ssaplanner.shared.web.FieldErrors;

/**
 * "My account" (the user name in the navigation bar links here): change one's password, see one's sessions
 * and sign out the others, manage second factors (passkeys, authenticator app, recovery codes). The password
 * page and the enrolment pages are also the steps a sign-in is sent to (one-time password, required second
 * factor).
 */
@Controller
@RequestMapping("/account")
class AccountController {

    static final String NEW_RECOVERY_CODES = AccountController.class.getName() + ".newRecoveryCodes";

    private final AccountService account;
    private final PersonalAccessTokenService tokens;

    AccountController(AccountService account, PersonalAccessTokenService tokens) {
        this.account = account;
        this.tokens = tokens;
    }

    @InitBinder("accessTokenForm")
    void allowTokenFields(WebDataBinder binder) {
        binder.setAllowedFields(AccessTokenForm.FIELDS);
    }

    @InitBinder("passwordChangeForm")
    void allowFields(WebDataBinder binder) {
        binder.setAllowedFields(PasswordChangeForm.FIELDS);
    }

    @GetMapping
    String overview(HttpServletRequest request, Model model) {
        AccessTokenForm form = new AccessTokenForm();
        form.setExpiresOn(tokens.suggestedExpiry());
        model.addAttribute("accessTokenForm", form);
        return overviewPage(request, model);
    }

    private String overviewPage(HttpServletRequest request, Model model) {
        model.addAttribute("account", account.overview(request.getSession().getId()));
        model.addAttribute("tokens", tokens.mine());
        model.addAttribute("latestTokenExpiry", tokens.latestExpiry());
        model.addAttribute("tokenScopes", TokenScope.values());
        return "account/overview";
    }

    // ---------------------------------------------------------------- personal access tokens (REST API)

    @GetMapping("/tokens")
    String tokensAnchor() {
        return "redirect:/account#tokens-heading";
    }

    /** A new token, shown once on the next page (flash) and never again. */
    @PostMapping("/tokens")
    String createToken(@ModelAttribute("accessTokenForm") AccessTokenForm form, BindingResult binding,
            HttpServletRequest request, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return overviewPage(request, model);
        }
        CreatedAccessToken created;
        try {
            created = tokens.create(form.getName(), form.getScope(), form.getExpiresOn());
        } catch (FieldValidationException e) {
            FieldErrors.reject(binding, e);
            return overviewPage(request, model);
        }
        // plain strings: flash attributes live in the (JDBC) session until the next page shows them once
        redirect.addFlashAttribute("newTokenName", created.name());
        redirect.addFlashAttribute("newTokenValue", created.token());
        return "redirect:/account#tokens-heading";
    }

    @PostMapping("/tokens/{id}/revoke")
    String revokeToken(@PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(id);
        redirect.addFlashAttribute("flash", "token.revoked");
        return "redirect:/account#tokens-heading";
    }

    // ---------------------------------------------------------------- password

    @GetMapping("/password")
    String passwordForm(Model model) {
        model.addAttribute("passwordChangeForm", new PasswordChangeForm());
        return passwordPage(model);
    }

    @PostMapping("/password")
    String changePassword(@ModelAttribute("passwordChangeForm") PasswordChangeForm form, BindingResult binding,
            Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        boolean oneTime = account.passwordChangeRequired();
        try {
            account.changePassword(form.getCurrentPassword(), form.getNewPassword(), form.getConfirmPassword(),
                    request.getSession().getId());
        } catch (UserValidationException e) {
            binding.rejectValue(e.field(), e.messageKey(), e.arguments(), null);
            return passwordPage(model);
        }
        SignedInSession.update(request, response, CurrentUser::withPasswordChanged);
        redirect.addFlashAttribute("flash", "account.password.changed");
        return oneTime ? "redirect:/" : "redirect:/account";
    }

    private String passwordPage(Model model) {
        model.addAttribute("oneTime", account.passwordChangeRequired());
        model.addAttribute("minLength", account.minPasswordLength());
        return "account/password";
    }

    // ---------------------------------------------------------------- sessions

    @PostMapping("/sessions/sign-out-others")
    String signOutOthers(HttpServletRequest request, RedirectAttributes redirect) {
        int ended = account.signOutOtherSessions(request.getSession().getId());
        redirect.addFlashAttribute("flash", "account.sessions.signedOut");
        return "redirect:/account";
    }

    // ---------------------------------------------------------------- second factors

    /** Where a sign-in that must use a second factor, and has none, is sent. */
    @GetMapping("/enrol")
    String enrol(HttpServletRequest request, Model model) {
        model.addAttribute("account", account.secondFactorOptions());
        model.addAttribute("required", SignInStage.of(
                SecurityContextHolder.getContext().getAuthentication())
                == SignInStage.ENROLMENT);
        return "account/enrol";
    }

    @PostMapping("/totp/start")
    String startTotp(RedirectAttributes redirect) {
        try {
            account.startTotp();
        } catch (UserValidationException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
            return "redirect:/account";
        }
        return "redirect:/account/totp";
    }

    @GetMapping("/totp")
    String totpForm(Model model) {
        TotpSetup setup = account.pendingTotp().orElse(null);
        if (setup == null) {
            return "redirect:/account/enrol";
        }
        model.addAttribute("setup", setup);
        return "account/totp";
    }

    /** The QR code of the authenticator app being set up, as SVG; never cached. */
    @GetMapping(value = "/totp/qr.svg", produces = "image/svg+xml")
    @ResponseBody
    ResponseEntity<String> totpQrCode() {
        return account.pendingTotp()
                .map(setup -> ResponseEntity.ok().cacheControl(CacheControl.noStore())
                        .contentType(MediaType.parseMediaType("image/svg+xml")).body(setup.qrSvg()))
                .orElse(ResponseEntity.notFound().build());
    }

    @PostMapping("/totp")
    String confirmTotp(@RequestParam(defaultValue = "") String code, Model model, HttpServletRequest request,
            HttpServletResponse response, RedirectAttributes redirect) {
        List<String> recoveryCodes;
        try {
            recoveryCodes = account.confirmTotp(code);
        } catch (UserValidationException e) {
            TotpSetup setup = account.pendingTotp().orElse(null);
            if (setup == null) {
                return "redirect:/account/enrol";
            }
            model.addAttribute("setup", setup);
            model.addAttribute("codeError", e.messageKey());
            return "account/totp";
        }
        SignedInSession.update(request, response, user -> user.withSecondFactor(true, true),
                SignInStage.TOTP_AUTHORITY);
        redirect.addFlashAttribute("flash", "mfa.totp.enrolled");
        return showRecoveryCodes(recoveryCodes, request, redirect);
    }

    /** Reloading the confirmation page of an irreversible action (a GET of its address): back to the account. */
    @GetMapping("/totp/remove")
    String reloadRemoveTotp() {
        return "redirect:/account";
    }

    @PostMapping("/totp/remove")
    String removeTotp(@RequestParam(name = Confirmation.PARAMETER, required = false) String confirm, Model model,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        if (!Confirmation.given(confirm)) {
            return Confirmation.page(model, "mfa.totp.remove.confirm", List.of(), "mfa.remove", "/account/totp/remove",
                    "/account");
        }
        try {
            SecondFactorState state = account.removeTotp();
            SignedInSession.update(request, response, user -> user.withSecondFactor(state.required(), state.enrolled()));
            redirect.addFlashAttribute("flash", "mfa.totp.removed");
        } catch (UserValidationException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return "redirect:/account";
    }

    /** The page's script posts here once the browser registered a passkey with Spring Security's WebAuthn support. */
    @PostMapping("/passkeys/added")
    String passkeyAdded(HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        List<String> recoveryCodes;
        try {
            recoveryCodes = account.passkeyAdded();
        } catch (UserValidationException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
            return "redirect:/account/enrol";
        }
        // the new passkey is the second factor from now on: the next page asks for it
        SignedInSession.update(request, response, user -> user.withSecondFactor(true, true));
        redirect.addFlashAttribute("flash", "mfa.passkey.addedFlash");
        return showRecoveryCodes(recoveryCodes, request, redirect);
    }

    /** Reloading the confirmation page of an irreversible action (a GET of its address): back to the account. */
    @GetMapping("/passkeys/{id}/remove")
    String reloadRemovePasskey(@PathVariable String id) {
        return "redirect:/account";
    }

    @PostMapping("/passkeys/{id}/remove")
    String removePasskey(@PathVariable String id,
            @RequestParam(name = Confirmation.PARAMETER, required = false) String confirm, Model model,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        if (!Confirmation.given(confirm)) {
            return Confirmation.page(model, "mfa.passkey.remove.confirm", List.of(), "mfa.remove",
                    "/account/passkeys/" + UriUtils.encodePathSegment(id, StandardCharsets.UTF_8) + "/remove",
                    "/account");
        }
        try {
            SecondFactorState state = account.removePasskey(id);
            SignedInSession.update(request, response, user -> user.withSecondFactor(state.required(), state.enrolled()));
            redirect.addFlashAttribute("flash", "mfa.passkey.removed");
        } catch (UserValidationException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return "redirect:/account";
    }

    /** Shows new recovery codes once: they wait in the session (not a flash attribute, which a second-factor
     * step between the redirect and this page could outlive) and are removed when shown. */
    @GetMapping("/recovery-codes")
    String recoveryCodes(HttpServletRequest request, Model model) {
        Object codes = request.getSession().getAttribute(NEW_RECOVERY_CODES);
        if (!(codes instanceof List<?> list) || list.isEmpty()) {
            return "redirect:/account";
        }
        request.getSession().removeAttribute(NEW_RECOVERY_CODES);
        model.addAttribute("recoveryCodes", list);
        return "account/recovery-codes";
    }

    @PostMapping("/recovery-codes")
    String regenerateRecoveryCodes(HttpServletRequest request, RedirectAttributes redirect) {
        try {
            return showRecoveryCodes(account.regenerateRecoveryCodes(), request, redirect);
        } catch (UserValidationException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
            return "redirect:/account";
        }
    }

    private static String showRecoveryCodes(List<String> codes, HttpServletRequest request,
            RedirectAttributes redirect) {
        if (codes.isEmpty()) {
            return "redirect:/account";
        }
        request.getSession().setAttribute(NEW_RECOVERY_CODES, new ArrayList<>(codes));
        return "redirect:/account/recovery-codes";
    }
}
