package org.ssaplanner.accounts.web;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.ssaplanner.accounts.CreatedUser;
import org.ssaplanner.accounts.UserAccountService;
import org.ssaplanner.accounts.UserValidationException;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.shared.ListSort;
import org.ssaplanner.shared.SortColumns;
import org.ssaplanner.shared.security.Role;
import org.ssaplanner.shared.web.Confirmation;

@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    /** The columns the list sorts by (user properties); by user name by default, ties by id. */
    static final SortColumns SORTS = SortColumns.tieBreaker("id")
            .ascending("username", "username")
            .ascending("name", "fullName")
            .descending("status", "enabled")
            .byDefault("username", false);


    private final UserAccountService users;
    private final AgencyService agencies;

    UserAdminController(UserAccountService users, AgencyService agencies) {
        this.users = users;
        this.agencies = agencies;
    }

    @InitBinder("userForm")
    void allowFields(WebDataBinder binder) {
        binder.setAllowedFields(UserForm.FIELDS);
    }

    @GetMapping
    String list(@ModelAttribute("userSearch") UserSearchParams params, @PageableDefault(size = 20) Pageable pageable,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        // by user name unless a column header asked for another order (whitelisted: SORTS)
        ListSort order = SORTS.resolve(sort, dir);
        model.addAttribute("page", users.search(params.toFilter(),
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), SORTS.toSort(order))));
        model.addAttribute("listSort", order);
        model.addAttribute("q", params.q());
        model.addAttribute("agency", params.agency());
        model.addAttribute("role", params.role());
        model.addAttribute("status", params.status());
        if (htmx != null) {
            // htmx (the filters changed): only the results, the form stays as the user left it
            return "admin/users/list :: results";
        }
        model.addAttribute("agencies", agencies.tree());
        model.addAttribute("allRoles", Role.values());
        return "admin/users/list";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("userForm", new UserForm());
        return form(model, null);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("userForm") UserForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(model, null);
        }
        try {
            CreatedUser created = users.create(form.toCommand());
            redirect.addFlashAttribute("oneTimePassword", created.oneTimePassword());
            redirect.addFlashAttribute("flash", "user.created");
            return "redirect:/admin/users/" + created.id();
        } catch (UserValidationException e) {
            binding.rejectValue(e.field(), e.messageKey());
            return form(model, null);
        }
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("user", users.get(id));
        model.addAttribute("history", users.history(id));
        model.addAttribute("concurrenceOfficial", users.holdsConcurrenceDuty(id));
        return "admin/users/detail";
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        model.addAttribute("userForm", UserForm.from(users.get(id)));
        return form(model, id);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("userForm") UserForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(model, id);
        }
        try {
            users.update(id, form.getVersion(), form.toCommand());
        } catch (UserValidationException e) {
            binding.rejectValue(e.field(), e.messageKey());
            return form(model, id);
        }
        redirect.addFlashAttribute("flash", "user.updated");
        return "redirect:/admin/users/" + id;
    }

    /** Gives ({@code holds=true}) or takes the concurrence-official duty for the user's own agency (issue 14). */
    @PostMapping("/{id}/concurrence-official")
    String concurrenceOfficial(@PathVariable long id, @RequestParam(defaultValue = "false") boolean holds,
            RedirectAttributes redirect) {
        try {
            users.setConcurrenceOfficial(id, holds);
            redirect.addFlashAttribute("flash", holds ? "user.concurrence.given" : "user.concurrence.taken");
        } catch (UserValidationException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable long id, RedirectAttributes redirect) {
        try {
            users.setEnabled(id, false);
            redirect.addFlashAttribute("flash", "user.disabled.flash");
        } catch (UserValidationException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable long id, RedirectAttributes redirect) {
        users.setEnabled(id, true);
        redirect.addFlashAttribute("flash", "user.enabled.flash");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        users.unlock(id);
        redirect.addFlashAttribute("flash", "user.unlocked");
        return "redirect:/admin/users/" + id;
    }

    /** Reloading the confirmation page of an irreversible action (a GET of its address): back to the user. */
    @GetMapping("/{id}/remove-second-factors")
    String reloadRemoveSecondFactors(@PathVariable long id) {
        return "redirect:/admin/users/{id}";
    }

    @PostMapping("/{id}/remove-second-factors")
    String removeSecondFactors(@PathVariable long id,
            @RequestParam(name = Confirmation.PARAMETER, required = false) String confirm, Model model,
            RedirectAttributes redirect) {
        if (!Confirmation.given(confirm)) {
            // administrators only (the security configuration guards /admin/**): nothing is removed yet
            users.get(id);
            return Confirmation.page(model, "user.mfa.remove.confirm", List.of(), "user.mfa.remove",
                    "/admin/users/" + id + "/remove-second-factors", "/admin/users/" + id);
        }
        users.removeSecondFactors(id);
        redirect.addFlashAttribute("flash", "user.mfa.removed");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/reset-password")
    String resetPassword(@PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("oneTimePassword", users.resetPassword(id));
        redirect.addFlashAttribute("flash", "user.password.reset");
        return "redirect:/admin/users/" + id;
    }

    private String form(Model model, Long id) {
        model.addAttribute("userId", id);
        model.addAttribute("agencies", agencies.activeAgencies());
        model.addAttribute("allRoles", Role.values());
        return "admin/users/form";
    }
}
