package org.ssaplanner.compliance.web;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.MissingServletRequestParameterException;
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
import org.ssaplanner.compliance.FindingQueryService;
import org.ssaplanner.compliance.HumanRightsService;
import org.ssaplanner.compliance.IncidentCategory;
import org.ssaplanner.compliance.IncidentStatus;
import org.ssaplanner.compliance.IncidentView;
import org.ssaplanner.partners.PartnerUnitService;
import org.ssaplanner.partners.PartnerUnitSummary;
import org.ssaplanner.programs.ProgramFacts;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.shared.FieldValidationException;
import org.ssaplanner.shared.NotFoundException;
import org.ssaplanner.shared.web.FieldErrors;
import org.ssaplanner.shared.web.RequestValues;

/** A partner unit with its human-rights record and the programs assisting it. */
@Controller
@RequestMapping("/units")
class UnitController {

    private final PartnerUnitService units;
    private final HumanRightsService humanRights;
    private final FindingQueryService findings;
    private final ReferenceDataService reference;

    UnitController(PartnerUnitService units, HumanRightsService humanRights, FindingQueryService findings,
            ReferenceDataService reference) {
        this.units = units;
        this.humanRights = humanRights;
        this.findings = findings;
        this.reference = reference;
    }

    @InitBinder("incidentForm")
    void allowFields(WebDataBinder binder) {
        binder.setAllowedFields(IncidentForm.FIELDS);
    }

    @GetMapping
    String list(@RequestParam(required = false) Long country,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("country", country);
        if (country != null) {
            var found = units.unitsOfCountry(country);
            model.addAttribute("units", found);
            model.addAttribute("credible", humanRights.credibleIncidentCounts(
                    found.stream().map(PartnerUnitSummary::id).toList()));
        }
        if (htmx != null) {
            // htmx (another country chosen): only the units, the form stays as the user left it
            return "compliance/units :: results";
        }
        model.addAttribute("countries", reference.countries());
        return "compliance/units";
    }

    @GetMapping("/{id}")
    String unit(@PathVariable long id, Model model) {
        model.addAttribute("unit", units.get(id));
        model.addAttribute("incidents", humanRights.incidentsOfUnit(id));
        var programs = humanRights.programsAssisting(id);
        model.addAttribute("programs", programs);
        var found = findings.findingsForPrograms(programs.stream().map(ProgramFacts::programId).toList());
        model.addAttribute("findings", found);
        model.addAttribute("relievable", findings.relievableRestrictionIds(
                found.values().stream().flatMap(List::stream).toList()));
        if (!model.containsAttribute("incidentForm")) {
            model.addAttribute("incidentForm", new IncidentForm());
        }
        model.addAttribute("categories", IncidentCategory.values());
        return "compliance/unit";
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'EVALUATOR')")
    @PostMapping("/{id}/incidents")
    String record(@PathVariable long id, @Valid @ModelAttribute("incidentForm") IncidentForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                humanRights.record(form.toCommand(id));
                redirect.addFlashAttribute("flash", "incident.recorded");
                return "redirect:/units/" + id;
            } catch (FieldValidationException e) {
                FieldErrors.reject(binding, e);
            }
        }
        return unit(id, model);
    }

    /*
     * Status and version are bound as text and read after the permission check: whoever may not record incidents is
     * refused (403) whatever they send; missing or malformed values are bad input (400) only for those who may.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'EVALUATOR')")
    @PostMapping("/{id}/incidents/{incidentId}/status")
    String changeStatus(@PathVariable long id, @PathVariable long incidentId,
            @RequestParam(name = "status", required = false) String statusText,
            @RequestParam(required = false) String note, @RequestParam(name = "version", required = false) String versionText,
            RedirectAttributes redirect) throws MissingServletRequestParameterException {
        IncidentStatus status = RequestValues.requiredEnum("status", statusText, IncidentStatus.class);
        long version = RequestValues.requiredLong("version", versionText);
        IncidentView incident = humanRights.get(incidentId);
        if (incident.unitId() != id) {
            throw new NotFoundException("Human-rights incident", incidentId);
        }
        try {
            humanRights.changeStatus(incidentId, version, status, note);
            redirect.addFlashAttribute("flash", "incident.statusChanged");
        } catch (FieldValidationException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return "redirect:/units/" + id + "#incident-" + incidentId;
    }
}
