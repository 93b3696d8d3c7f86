package org.ssaplanner.securitylog.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.ssaplanner.securitylog.SecurityEventFilter;
import org.ssaplanner.securitylog.SecurityLogService;
import org.ssaplanner.shared.ListSort;

/** The security log: list with filters and paging, CSV export of what the filters select, the chain check. */
@Controller
@RequestMapping("/admin/security-log")
class SecurityLogController {

    private final SecurityLogService log;
    private final MessageSource messages;

    SecurityLogController(SecurityLogService log, MessageSource messages) {
        this.log = log;
        this.messages = messages;
    }

    @InitBinder("filter")
    void allowFilterFields(WebDataBinder binder) {
        binder.setAllowedFields(SecurityLogFilterForm.FIELDS);
    }

    @GetMapping
    String list(@ModelAttribute("filter") SecurityLogFilterForm filter, BindingResult binding,
            @PageableDefault(size = 50) Pageable page,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        SecurityEventFilter criteria = criteria(filter, binding);
        // newest first unless a column header asked for another order (whitelisted)
        ListSort order = SecurityLogService.order(sort, dir);
        model.addAttribute("page", log.search(criteria,
                PageRequest.of(page.getPageNumber(), page.getPageSize(), order.asKeySort())));
        model.addAttribute("listSort", order);
        if (htmx != null) {
            // htmx (the filters changed): the results, and the verify and export links that follow the filters
            model.addAttribute("htmx", true);
            return "securitylog/list :: results";
        }
        model.addAttribute("types", log.types());
        return "securitylog/list";
    }

    /** Checks the hash chain and shows the result above the list. */
    @GetMapping("/verify")
    String verify(@ModelAttribute("filter") SecurityLogFilterForm filter, BindingResult binding,
            @PageableDefault(size = 50) Pageable page, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir, Model model) {
        model.addAttribute("verification", log.verify());
        return list(filter, binding, page, sort, dir, null, model);
    }

    @GetMapping("/export")
    void export(@ModelAttribute("filter") SecurityLogFilterForm filter, BindingResult binding,
            HttpServletResponse response) throws IOException {
        SecurityEventFilter criteria = criteria(filter, binding);
        response.setContentType("text/csv; charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"security-log.csv\"");
        log.export(criteria, type -> messages.getMessage("securitylog.type." + type, null, type, LocaleContextHolder.getLocale()),
                response.getWriter());
    }

    /** Dates that do not parse are ignored (the field shows its message), the other filters still apply. */
    private static SecurityEventFilter criteria(SecurityLogFilterForm filter, BindingResult binding) {
        SecurityEventFilter criteria = filter.toFilter();
        return new SecurityEventFilter(criteria.type(), criteria.user(), criteria.address(),
                binding.hasFieldErrors("from") ? null : criteria.from(),
                binding.hasFieldErrors("to") ? null : criteria.to());
    }
}
