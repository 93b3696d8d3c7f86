package org.ssaplanner.interchange.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.ssaplanner.interchange.ImportDetail;
import org.ssaplanner.interchange.ImportFormat;
import org.ssaplanner.interchange.ImportRefusedException;
import org.ssaplanner.interchange.ImportService;
import org.ssaplanner.interchange.VintageStatus;
import org.ssaplanner.shared.ListSort;
import org.ssaplanner.shared.security.CurrentUser;
import org.ssaplanner.shared.security.Role;

/**
 * Upload (ADMIN and PLANNER), history and progress of ForeignAssistance.gov imports, with each import's scope and
 * what it changed; rollback of the latest import of a scope (ADMIN, after a confirmation). The progress section
 * polls itself with htmx while the import runs (the same URL answers with the fragment when HX-Request is present,
 * and asks for a full reload once the import has ended, so that its scope and changes appear); without JavaScript a
 * refresh link does the same.
 */
@Controller
@RequestMapping("/imports")
class ImportController {

    private static final int PAGE_SIZE = 25;

    private final ImportService imports;

    ImportController(ImportService imports) {
        this.imports = imports;
    }

    @GetMapping
    String history(@PageableDefault(size = PAGE_SIZE) Pageable page, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir, @AuthenticationPrincipal CurrentUser user,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        // newest first unless a column header asked for another order (whitelisted)
        ListSort order = ImportService.order(sort, dir);
        model.addAttribute("page", imports.history(
                PageRequest.of(page.getPageNumber(), page.getPageSize(), order.asKeySort())));
        model.addAttribute("listSort", order);
        if (htmx != null) {
            // htmx (a column header): only the history
            return "interchange/imports/list :: results";
        }
        model.addAttribute("canImport", canImport(user));
        model.addAttribute("maxFileSize", imports.maxFileSizeLabel());
        return "interchange/imports/list";
    }

    @PostMapping
    String upload(@RequestParam(name = "file", required = false) MultipartFile file,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) throws IOException {
        if (!canImport(user)) {
            throw new AccessDeniedException("only administrators and planners import");
        }
        if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
            redirect.addFlashAttribute("flashError", "import.file.required");
            return "redirect:/imports";
        }
        long id;
        try (InputStream in = file.getInputStream()) {
            id = imports.submit(file.getOriginalFilename(), in);
        }
        redirect.addFlashAttribute("flash", "import.submitted");
        return "redirect:/imports/" + id;
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, @PageableDefault(size = PAGE_SIZE) Pageable page,
            @RequestParam(defaultValue = "0") int cpage, @RequestParam(defaultValue = "0") int apage,
            @RequestHeader(name = "HX-Request", required = false) String htmx, @AuthenticationPrincipal CurrentUser user,
            Model model, HttpServletResponse response) {
        ImportDetail detail = imports.get(id);
        model.addAttribute("imp", detail);
        if (htmx != null) {
            if (!detail.running()) {
                // the import has ended: the whole page (scope, changes, rejected rows) is worth reloading once
                response.setHeader("HX-Refresh", "true");
            }
            return "interchange/imports/detail :: progress";
        }
        // three lists, three page numbers: "page" (rejected rows) is Spring's, "cpage" and "apage" (changes,
        // activities) are the same size and are not Spring Data's parameter names, so they are read here
        Pageable rejectedPage = PageRequest.of(page.getPageNumber(), page.getPageSize());
        model.addAttribute("rejected", imports.rejectedRows(id, rejectedPage));
        model.addAttribute("canRerun", detail.rerunnable() && user != null
                && (user.hasRole(Role.ADMIN) || user.hasRole(Role.PLANNER) && user.getUsername().equals(detail.importedBy())));
        if (detail.succeeded() && detail.format() == ImportFormat.SIPRI_ARMS_TRANSFERS) {
            // a register replaces the whole register: what it holds now and the names without an ISO code
            model.addAttribute("vintage", imports.vintageStatus(id));
            model.addAttribute("armsRegister", imports.armsRegister());
            model.addAttribute("unmappedNames", imports.unmappedSipriNames());
        } else if (detail.succeeded() && detail.format() == ImportFormat.IATI_ACTIVITIES) {
            // activities replace the publisher's same activities: no FA.gov scope or groups
            model.addAttribute("vintage", imports.vintageStatus(id));
            model.addAttribute("iati", true);
        } else if (detail.succeeded()) {
            VintageStatus vintage = imports.vintageStatus(id);
            model.addAttribute("scope", imports.scope(id));
            model.addAttribute("vintage", vintage);
            model.addAttribute("changes", imports.changes(id, rejectedPage.withPage(Math.max(cpage, 0))));
            model.addAttribute("unchangedGroups", imports.unchangedGroups(id));
            model.addAttribute("activities", imports.activityChanges(id, rejectedPage.withPage(Math.max(apage, 0))));
            model.addAttribute("isAdmin", isAdmin(user));
            model.addAttribute("canRollback", isAdmin(user) && vintage.rollbackAllowed());
        }
        return "interchange/imports/detail";
    }

    @PostMapping("/{id}/rerun")
    String rerun(@PathVariable long id, RedirectAttributes redirect) {
        try {
            long newId = imports.rerun(id);
            redirect.addFlashAttribute("flash", "import.rerun.started");
            return "redirect:/imports/" + newId;
        } catch (ImportRefusedException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
            return "redirect:/imports/" + id;
        }
    }

    /** Asks the administrator to confirm a rollback, saying what it does (or why it cannot be done). */
    @GetMapping("/{id}/rollback")
    String confirmRollback(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        requireAdmin(user);
        ImportDetail detail = imports.get(id);
        model.addAttribute("imp", detail);
        model.addAttribute("scope", imports.scope(id));
        model.addAttribute("vintage", imports.vintageStatus(id));
        return "interchange/imports/rollback";
    }

    @PostMapping("/{id}/rollback")
    String rollback(@PathVariable long id, @RequestParam(name = "confirm", required = false) Boolean confirm,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        requireAdmin(user);
        if (!Boolean.TRUE.equals(confirm)) {
            model.addAttribute("confirmError", "import.rollback.confirm.required");
            return confirmRollback(id, user, model);
        }
        try {
            imports.rollback(id);
            redirect.addFlashAttribute("flash", "import.rollback.done.flash");
        } catch (ImportRefusedException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return "redirect:/imports/" + id;
    }

    private static void requireAdmin(CurrentUser user) {
        if (!isAdmin(user)) {
            throw new AccessDeniedException("only administrators roll back imports");
        }
    }

    private static boolean isAdmin(CurrentUser user) {
        return user != null && user.hasRole(Role.ADMIN);
    }

    private static boolean canImport(CurrentUser user) {
        return user != null && (user.hasRole(Role.ADMIN) || user.hasRole(Role.PLANNER));
    }
}
