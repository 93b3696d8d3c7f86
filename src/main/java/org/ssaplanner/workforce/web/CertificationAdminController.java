package org.ssaplanner.workforce.web;

import jakarta.validation.Valid;
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
import org.ssaplanner.shared.FieldValidationException;
import org.ssaplanner.shared.web.FieldErrors;
import org.ssaplanner.workforce.CertificationFrameworkService;

/** The certification framework for administrators ({@code /admin/certifications}): levels and functional areas. */
@Controller
@RequestMapping("/admin/certifications")
class CertificationAdminController {

    private final CertificationFrameworkService framework;

    CertificationAdminController(CertificationFrameworkService framework) {
        this.framework = framework;
    }

    @InitBinder("levelForm")
    void allowLevelFields(WebDataBinder binder) {
        binder.setAllowedFields(LevelForm.FIELDS);
    }

    @InitBinder("areaForm")
    void allowAreaFields(WebDataBinder binder) {
        binder.setAllowedFields(AreaForm.FIELDS);
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("levels", framework.levels());
        model.addAttribute("areas", framework.areas());
        return "workforce/certifications";
    }

    /** Reloading the page after a failed save (a GET of the form's address): back to the list. */
    @GetMapping({"/levels", "/areas"})
    String reloadNew() {
        return "redirect:/admin/certifications";
    }

    @GetMapping("/levels/{levelId}")
    String reloadLevel(@PathVariable long levelId) {
        return "redirect:/admin/certifications/levels/{levelId}/edit";
    }

    @GetMapping("/areas/{areaId}")
    String reloadArea(@PathVariable long areaId) {
        return "redirect:/admin/certifications/areas/{areaId}/edit";
    }

    @GetMapping("/levels/new")
    String newLevel(Model model) {
        model.addAttribute("levelForm", new LevelForm());
        model.addAttribute("levelId", null);
        return "workforce/level-form";
    }

    @GetMapping("/levels/{levelId}/edit")
    String editLevel(@PathVariable long levelId, Model model) {
        model.addAttribute("levelForm", LevelForm.from(framework.level(levelId)));
        model.addAttribute("levelId", levelId);
        return "workforce/level-form";
    }

    @PostMapping("/levels")
    String addLevel(@Valid @ModelAttribute("levelForm") LevelForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        return saveLevel(null, form, binding, model, redirect);
    }

    @PostMapping("/levels/{levelId}")
    String updateLevel(@PathVariable long levelId, @Valid @ModelAttribute("levelForm") LevelForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        framework.level(levelId);
        return saveLevel(levelId, form, binding, model, redirect);
    }

    private String saveLevel(Long levelId, LevelForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        model.addAttribute("levelId", levelId);
        if (binding.hasErrors()) {
            return "workforce/level-form";
        }
        try {
            if (levelId == null) {
                framework.addLevel(form.toCommand());
            } else {
                framework.updateLevel(levelId, form.getVersion(), form.toCommand());
            }
        } catch (FieldValidationException e) {
            FieldErrors.reject(binding, e);
            return "workforce/level-form";
        }
        redirect.addFlashAttribute("flash", "workforce.level.saved");
        return "redirect:/admin/certifications";
    }

    @GetMapping("/areas/new")
    String newArea(Model model) {
        model.addAttribute("areaForm", new AreaForm());
        model.addAttribute("areaId", null);
        return "workforce/area-form";
    }

    @GetMapping("/areas/{areaId}/edit")
    String editArea(@PathVariable long areaId, Model model) {
        model.addAttribute("areaForm", AreaForm.from(framework.area(areaId)));
        model.addAttribute("areaId", areaId);
        return "workforce/area-form";
    }

    @PostMapping("/areas")
    String addArea(@Valid @ModelAttribute("areaForm") AreaForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        return saveArea(null, form, binding, model, redirect);
    }

    @PostMapping("/areas/{areaId}")
    String updateArea(@PathVariable long areaId, @Valid @ModelAttribute("areaForm") AreaForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        framework.area(areaId);
        return saveArea(areaId, form, binding, model, redirect);
    }

    private String saveArea(Long areaId, AreaForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        model.addAttribute("areaId", areaId);
        if (binding.hasErrors()) {
            return "workforce/area-form";
        }
        try {
            if (areaId == null) {
                framework.addArea(form.toCommand());
            } else {
                framework.updateArea(areaId, form.getVersion(), form.toCommand());
            }
        } catch (FieldValidationException e) {
            FieldErrors.reject(binding, e);
            return "workforce/area-form";
        }
        redirect.addFlashAttribute("flash", "workforce.area.saved");
        return "redirect:/admin/certifications";
    }
}
