package org.ssaplanner.workforce.web;

import jakarta.validation.Valid;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.shared.FieldValidationException;
import org.ssaplanner.shared.web.FieldErrors;
import org.ssaplanner.workforce.CertificationFrameworkService;
import org.ssaplanner.workforce.PostType;
import org.ssaplanner.workforce.WorkforceCategory;
import org.ssaplanner.workforce.WorkforceService;

/** Positions per agency and post ({@code /workforce/positions}): the list and the add/edit form (PRG). */
@Controller
@RequestMapping("/workforce/positions")
class PositionsController {

    private final WorkforceService workforce;
    private final CertificationFrameworkService framework;
    private final AgencyService agencies;
    private final ReferenceDataService reference;

    PositionsController(WorkforceService workforce, CertificationFrameworkService framework, AgencyService agencies,
            ReferenceDataService reference) {
        this.workforce = workforce;
        this.framework = framework;
        this.agencies = agencies;
        this.reference = reference;
    }

    @InitBinder("positionForm")
    void allowFields(WebDataBinder binder) {
        binder.setAllowedFields(PositionForm.FIELDS);
    }

    @GetMapping
    String list(@RequestParam(required = false) Long agencyId,
            @PageableDefault(size = 50, sort = "title", direction = Sort.Direction.ASC) Pageable pageable, Model model) {
        model.addAttribute("page", workforce.positions(agencyId, pageable));
        model.addAttribute("agencies", agencies.activeAgencies());
        model.addAttribute("agencyId", agencyId);
        return "workforce/positions";
    }

    /** The form of a new position; {@code who} narrows the people offered as its holder. */
    @GetMapping("/new")
    String newPosition(@RequestParam(name = "who", required = false) String who, Model model) {
        workforce.checkCanAdd();
        PositionForm form = new PositionForm();
        model.addAttribute("positionForm", form);
        return form(null, form, who, model);
    }

    @PostMapping
    String add(@Valid @ModelAttribute("positionForm") PositionForm form, BindingResult binding,
            @RequestParam(name = "who", required = false) String who, Model model, RedirectAttributes redirect) {
        workforce.checkCanAdd();
        return save(null, form, binding, who, model, redirect);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, @RequestParam(name = "who", required = false) String who, Model model) {
        workforce.checkCanEditPosition(id);
        PositionForm form = PositionForm.from(workforce.position(id));
        model.addAttribute("positionForm", form);
        return form(id, form, who, model);
    }

    /** A position's page: the position, the work assigned to it, its history (also where a failed save reloads). */
    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("detail", workforce.positionDetail(id));
        return "workforce/position";
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("positionForm") PositionForm form,
            BindingResult binding, @RequestParam(name = "who", required = false) String who, Model model,
            RedirectAttributes redirect) {
        workforce.checkCanEditPosition(id);
        return save(id, form, binding, who, model, redirect);
    }

    private String save(Long id, PositionForm form, BindingResult binding, String who, Model model,
            RedirectAttributes redirect) {
        if (!form.datesInOrder()) {
            binding.rejectValue("filledTo", "workforce.position.dates.order");
        }
        if (binding.hasErrors()) {
            return form(id, form, who, model);
        }
        try {
            if (id == null) {
                workforce.addPosition(form.toCommand());
            } else {
                workforce.updatePosition(id, form.getVersion(), form.toCommand());
            }
        } catch (FieldValidationException e) {
            FieldErrors.reject(binding, e);
            return form(id, form, who, model);
        }
        redirect.addFlashAttribute("flash", "workforce.position.saved");
        return "redirect:/workforce/positions";
    }

    private String form(Long id, PositionForm form, String who, Model model) {
        model.addAttribute("positionId", id);
        model.addAttribute("postTypes", PostType.values());
        model.addAttribute("categories", WorkforceCategory.values());
        model.addAttribute("agencyChoices", workforce.agenciesForEntries());
        model.addAttribute("countries", reference.countries());
        model.addAttribute("areas", framework.areas().stream().filter(a -> !a.retired()).toList());
        model.addAttribute("levels", framework.levels().stream().filter(l -> !l.retired()).toList());
        model.addAttribute("who", who);
        model.addAttribute("people", workforce.personChoicesForPosition(form.getAgencyId(), who, form.getPersonId()));
        return "workforce/position-form";
    }
}
