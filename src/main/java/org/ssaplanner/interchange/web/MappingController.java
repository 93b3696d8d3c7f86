package org.ssaplanner.interchange.web;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.interchange.ImportRefusedException;
import org.ssaplanner.interchange.MappingService;
import org.ssaplanner.shared.security.CurrentUser;
import org.ssaplanner.shared.security.Role;

/** Administrators map FA.gov agencies and bureaus to SSA Planner agencies once; accounts and sectors are shown. */
@Controller
@RequestMapping("/imports/mappings")
class MappingController {

    private final MappingService mappings;
    private final AgencyService agencies;

    MappingController(MappingService mappings, AgencyService agencies) {
        this.mappings = mappings;
        this.agencies = agencies;
    }

    @InitBinder("agencyMappingForm")
    void allowFields(WebDataBinder binder) {
        binder.setAllowedFields(AgencyMappingForm.FIELDS);
    }

    @GetMapping
    String show(@AuthenticationPrincipal CurrentUser user, Model model) {
        requireAdmin(user);
        model.addAttribute("agencyMappings", mappings.agencyMappings());
        model.addAttribute("agencies", agencies.activeAgencies());
        model.addAttribute("mappedAccounts", mappings.mappedAccounts());
        model.addAttribute("unmappedAccounts", mappings.unmappedAccounts());
        model.addAttribute("usSectors", mappings.usSectors());
        model.addAttribute("purposeCodes", mappings.purposeCodes());
        return "interchange/mappings";
    }

    @PostMapping("/agencies/{id}")
    String mapAgency(@PathVariable long id, @ModelAttribute("agencyMappingForm") AgencyMappingForm form,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        requireAdmin(user);
        try {
            mappings.mapAgency(id, form.getVersion(), form.getAgencyId());
            redirect.addFlashAttribute("flash", "mapping.saved");
        } catch (ImportRefusedException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return "redirect:/imports/mappings#mapping-" + id;
    }

    @PostMapping("/rematch")
    String rematch(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        requireAdmin(user);
        mappings.rematch();
        redirect.addFlashAttribute("flash", "mapping.rematched");
        return "redirect:/imports/mappings";
    }

    /** The services check too; refusing here first keeps the page from half-rendering for other roles. */
    private static void requireAdmin(CurrentUser user) {
        if (user == null || !user.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("mappings are for administrators");
        }
    }
}
