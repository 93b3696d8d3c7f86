package org.ssaplanner.reference.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.ssaplanner.reference.CountryDetail;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.reference.ReferenceValidationException;

/** Administrators extend the open-ended reference data: regions, and which region a country is in. */
@Controller
@RequestMapping("/admin")
class ReferenceAdminController {

    private final ReferenceDataService reference;

    ReferenceAdminController(ReferenceDataService reference) {
        this.reference = reference;
    }

    @InitBinder("regionForm")
    void regionFields(WebDataBinder binder) {
        binder.setAllowedFields("name", "parentId");
    }

    @InitBinder("countryForm")
    void countryFields(WebDataBinder binder) {
        binder.setAllowedFields("regionId", "competingProviders", "version");
    }

    @GetMapping("/regions")
    String regions(Model model) {
        model.addAttribute("regionForm", new RegionForm());
        return regionsPage(model);
    }

    @PostMapping("/regions")
    String createRegion(@Valid @ModelAttribute("regionForm") RegionForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return regionsPage(model);
        }
        try {
            reference.createRegion(form.getName(), form.getParentId());
        } catch (ReferenceValidationException e) {
            binding.rejectValue(e.field(), e.messageKey());
            return regionsPage(model);
        }
        redirect.addFlashAttribute("flash", "region.created");
        return "redirect:/admin/regions";
    }

    @GetMapping("/countries/{code}/edit")
    String editCountry(@PathVariable String code, Model model) {
        CountryDetail detail = reference.countryDetail(code);
        CountryForm form = new CountryForm();
        form.setRegionId(detail.country().regionId());
        form.setCompetingProviders(detail.competingProviders());
        form.setVersion(detail.version());
        model.addAttribute("countryForm", form);
        return countryPage(model, detail);
    }

    /** Reloading the page after a failed save (a GET of the form's address): back to the country form. */
    @GetMapping("/countries/{code}")
    String reloadCountry(@PathVariable String code) {
        return "redirect:/admin/countries/{code}/edit";
    }

    @PostMapping("/countries/{code}")
    String updateCountry(@PathVariable String code, @Valid @ModelAttribute("countryForm") CountryForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        CountryDetail detail = reference.countryDetail(code);
        if (binding.hasErrors()) {
            return countryPage(model, detail);
        }
        try {
            reference.updateCountry(code, form.getVersion(), form.getRegionId(), form.getCompetingProviders());
        } catch (ReferenceValidationException e) {
            binding.rejectValue(e.field(), e.messageKey());
            return countryPage(model, detail);
        }
        redirect.addFlashAttribute("flash", "country.updated");
        return "redirect:/admin/regions";
    }

    private String regionsPage(Model model) {
        model.addAttribute("regions", reference.regions());
        model.addAttribute("countryCounts", reference.countryCountsByRegion());
        model.addAttribute("countries", reference.countries());
        return "admin/reference/regions";
    }

    private String countryPage(Model model, CountryDetail detail) {
        model.addAttribute("country", detail.country());
        model.addAttribute("regions", reference.regions());
        return "admin/reference/country";
    }

    static class RegionForm {

        @NotBlank
        @Size(max = 100)
        private String name;

        private Long parentId;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public Long getParentId() {
            return parentId;
        }

        public void setParentId(Long parentId) {
            this.parentId = parentId;
        }
    }

    static class CountryForm {

        @NotNull
        private Long regionId;

        @Size(max = 4000)
        private String competingProviders;

        private long version;

        public Long getRegionId() {
            return regionId;
        }

        public void setRegionId(Long regionId) {
            this.regionId = regionId;
        }

        public String getCompetingProviders() {
            return competingProviders;
        }

        public void setCompetingProviders(String competingProviders) {
            this.competingProviders = competingProviders;
        }

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }
    }
}
