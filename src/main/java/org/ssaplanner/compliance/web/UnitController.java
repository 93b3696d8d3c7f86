package org.ssaplanner.compliance.web;

import jakarta.validation.Valid;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
import org.ssaplanner.partners.CountryUnits;
import org.ssaplanner.partners.PartnerUnitService;
import org.ssaplanner.partners.PartnerUnitSummary;
import org.ssaplanner.programs.ProgramFacts;
import org.ssaplanner.reference.CountryRef;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.shared.FieldValidationException;
import org.ssaplanner.shared.ListSort;
import org.ssaplanner.shared.NotFoundException;
import org.ssaplanner.shared.SortColumns;
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

    /** The columns a country's units sort by; by name by default, ties by id. */
    static final SortColumns UNIT_SORTS = SortColumns.tieBreaker("id")
            .ascending("name", "name")
            .ascending("forceType", "forceType")
            .descending("leahy", "leahy")
            .byDefault("name", false);

    /** The columns the countries with units sort by; by name by default. */
    static final SortColumns COUNTRY_SORTS = SortColumns.tieBreaker("id")
            .ascending("country", "country")
            .descending("units", "units")
            .byDefault("country", false);

    /**
     * The units of a country, chosen by its ISO code ({@code /units?country=COL}, or alpha-2); the country's internal
     * id ({@code ?country=49}) of older links still works. Without a country: the countries that have units. Both
     * sort by a clicked column header ({@code sort}, {@code dir}).
     */
    @GetMapping
    String list(@RequestParam(name = "country", required = false) String countryParam,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        String asked = countryParam == null ? "" : countryParam.trim();
        Long country = null;
        String code = null;
        if (asked.matches("\\d{1,18}")) {
            country = Long.valueOf(asked);
            code = reference.country(country).map(CountryRef::alpha3).orElse(null);
        } else if (!asked.isEmpty()) {
            Optional<CountryRef> found = reference.countryByCode(asked);
            country = found.map(CountryRef::id).orElse(null);
            code = found.map(CountryRef::alpha3).orElse(null);
            model.addAttribute("unknownCountry", found.isEmpty() ? asked : null);
        }
        model.addAttribute("country", country);
        model.addAttribute("countryCode", code);
        List<CountryUnits> withUnits = units.countriesWithUnits();
        if (country != null) {
            // a country's units, in the order of a column header (name, force type, credible incidents first)
            ListSort order = UNIT_SORTS.resolve(sort, dir);
            var found = units.unitsOfCountry(country);
            Map<Long, Long> credible = humanRights.credibleIncidentCounts(
                    found.stream().map(PartnerUnitSummary::id).toList());
            Comparator<PartnerUnitSummary> by = switch (UNIT_SORTS.expression(order)) {
                case "forceType" -> Comparator.comparing(u -> Objects.toString(u.forceTypeName(), ""),
                        String.CASE_INSENSITIVE_ORDER);
                case "leahy" -> Comparator.comparing(u -> credible.getOrDefault(u.id(), 0L));
                default -> Comparator.comparing(PartnerUnitSummary::label, String.CASE_INSENSITIVE_ORDER);
            };
            model.addAttribute("units", found.stream().sorted((order.descending() ? by.reversed() : by)
                    .thenComparing(PartnerUnitSummary::id)).toList());
            model.addAttribute("credible", credible);
            model.addAttribute("listSort", order);
        } else {
            // the countries with units, by name or by how many units they have
            ListSort order = COUNTRY_SORTS.resolve(sort, dir);
            Comparator<CountryUnits> by = COUNTRY_SORTS.expression(order).equals("units")
                    ? Comparator.comparing(CountryUnits::units)
                    : Comparator.comparing(CountryUnits::countryName, String.CASE_INSENSITIVE_ORDER);
            model.addAttribute("countriesWithUnitsSorted", withUnits.stream()
                    .sorted((order.descending() ? by.reversed() : by).thenComparing(CountryUnits::countryId)).toList());
            model.addAttribute("listSort", order);
        }
        model.addAttribute("countriesWithUnits", withUnits);
        if (htmx != null) {
            // htmx (another country chosen): only the units, the form stays as the user left it
            return "compliance/units :: results";
        }
        // the select lists the countries that have units (with how many); one asked for without units stays chosen
        String chosenCode = code;
        if (country != null && code != null && withUnits.stream().noneMatch(c -> c.alpha3().equals(chosenCode))) {
            reference.country(country).ifPresent(c -> model.addAttribute("chosenWithoutUnits", c));
        }
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

    /** Reloading the page after a failed save (a GET of the form's address): back to the unit and its incident form. */
    @GetMapping("/{id}/incidents")
    String reloadIncidents(@PathVariable long id) {
        return "redirect:/units/{id}#incidents-heading";
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
