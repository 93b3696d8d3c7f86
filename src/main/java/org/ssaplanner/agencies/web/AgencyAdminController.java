package org.ssaplanner.agencies.web;

import jakarta.validation.Valid;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.ssaplanner.agencies.AgencyKind;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.agencies.AgencySummary;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.shared.FieldValidationException;
import org.ssaplanner.shared.ListSort;
import org.ssaplanner.shared.SortColumns;
import org.ssaplanner.shared.web.FieldErrors;

@Controller
@RequestMapping("/admin/agencies")
class AgencyAdminController {

    private final AgencyService agencies;
    private final ReferenceDataService reference;

    AgencyAdminController(AgencyService agencies, ReferenceDataService reference) {
        this.agencies = agencies;
        this.reference = reference;
    }

    @InitBinder("agencyForm")
    void allowFields(WebDataBinder binder) {
        binder.setAllowedFields(AgencyForm.FIELDS);
    }

    /**
     * The columns the list sorts by; by default the tree (each department followed by its sub-agencies, indented),
     * which no header names: a header click lists the agencies flat in its order, ties by code.
     */
    static final SortColumns SORTS = SortColumns.tieBreaker("code")
            .ascending("tree", "tree")
            .ascending("name", "name")
            .ascending("code", "code")
            .ascending("kind", "kind")
            .descending("budget", "budget")
            .descending("status", "status")
            .byDefault("tree", false);

    private static final Map<String, Comparator<AgencySummary>> ORDERS = Map.of(
            "name", Comparator.comparing(AgencySummary::name, String.CASE_INSENSITIVE_ORDER),
            "code", Comparator.comparing(AgencySummary::code, String.CASE_INSENSITIVE_ORDER),
            "kind", Comparator.comparing(AgencySummary::kind),
            "budget", Comparator.comparing(AgencySummary::hasOwnBudget),
            "status", Comparator.comparing(AgencySummary::active));

    @GetMapping
    String list(@RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
            Model model) {
        ListSort order = SORTS.resolve(sort, dir);
        List<AgencySummary> tree = agencies.tree();
        if (order.isBy("tree")) {
            model.addAttribute("agencies", tree);
        } else {
            Comparator<AgencySummary> by = ORDERS.get(SORTS.expression(order));
            model.addAttribute("agencies", tree.stream().sorted((order.descending() ? by.reversed() : by)
                    .thenComparing(AgencySummary::code, String.CASE_INSENSITIVE_ORDER)).toList());
        }
        model.addAttribute("listSort", order);
        model.addAttribute("flat", !order.isBy("tree"));
        return "agencies/list";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("agencyForm", new AgencyForm());
        return form(model, null);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("agencyForm") AgencyForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(model, null);
        }
        try {
            long id = agencies.create(form.toCommand());
            redirect.addFlashAttribute("flash", "agency.created");
            return "redirect:/admin/agencies/" + id;
        } catch (FieldValidationException e) {
            FieldErrors.reject(binding, e);
            return form(model, null);
        }
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("agency", agencies.get(id));
        model.addAttribute("history", agencies.history(id));
        addCatalogue(model);
        return "agencies/detail";
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        model.addAttribute("agencyForm", AgencyForm.from(agencies.get(id)));
        return form(model, id);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("agencyForm") AgencyForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(model, id);
        }
        try {
            agencies.update(id, form.getVersion(), form.toCommand());
        } catch (FieldValidationException e) {
            FieldErrors.reject(binding, e);
            return form(model, id);
        }
        redirect.addFlashAttribute("flash", "agency.updated");
        return "redirect:/admin/agencies/" + id;
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable long id, RedirectAttributes redirect) {
        agencies.setActive(id, false);
        redirect.addFlashAttribute("flash", "agency.deactivated");
        return "redirect:/admin/agencies/" + id;
    }

    @PostMapping("/{id}/activate")
    String activate(@PathVariable long id, RedirectAttributes redirect) {
        agencies.setActive(id, true);
        redirect.addFlashAttribute("flash", "agency.activated");
        return "redirect:/admin/agencies/" + id;
    }

    private String form(Model model, Long id) {
        model.addAttribute("agencyId", id);
        model.addAttribute("parents", agencies.tree().stream().filter(a -> id == null || a.id() != id).toList());
        model.addAttribute("kinds", AgencyKind.values());
        addCatalogue(model);
        return "agencies/form";
    }

    private void addCatalogue(Model model) {
        model.addAttribute("assistanceTypes", reference.assistanceTypes());
        model.addAttribute("capabilityDomains", reference.capabilityDomains());
    }
}
