package org.ssaplanner.accounts.web;

import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.shared.security.CurrentUser;
import org.ssaplanner.shared.web.PageSection;
import org.ssaplanner.shared.web.PageSections;

@Controller
class HomeController {

    private final AgencyService agencies;
    private final PageSections sections;

    HomeController(AgencyService agencies, PageSections sections) {
        this.agencies = agencies;
        this.sections = sections;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("agency", agencies.find(user.agencyId()).orElse(null));
        // what waits for this user, contributed by the modules whose work it is (null: not this user's work)
        model.addAttribute("work", sections.render(PageSection.HOME, user.id()).stream()
                .filter(section -> section.data() != null).toList());
        return "home";
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
            @RequestParam(required = false) String expired, HttpSession session, Model model) {
        if (error != null) {
            // Locked and Disabled come only after the right password (the account status is checked after it)
            Object exception = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            String key = "login.error.credentials";
            if (exception instanceof LockedException) {
                key = "login.error.locked";
            } else if (exception instanceof DisabledException) {
                key = "login.error.disabled";
            }
            model.addAttribute("loginError", key);
        }
        model.addAttribute("loggedOut", logout != null);
        model.addAttribute("expired", expired != null && error == null && logout == null);
        return "login";
    }
}
