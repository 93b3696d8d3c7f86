package org.ssaplanner.workforce.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.ssaplanner.shared.web.SheetDownload;
import org.ssaplanner.workforce.Capacity;
import org.ssaplanner.workforce.CapacityService;
import org.ssaplanner.workforce.CapacityService.PortfolioRow;
import org.ssaplanner.workforce.RosterRejectedException;
import org.ssaplanner.workforce.RosterResult;
import org.ssaplanner.workforce.RosterService;
import org.ssaplanner.workforce.WorkforceService;

/**
 * The workforce roster as CSV ({@code /workforce/import}; {@code /workforce/people/export.csv},
 * {@code /workforce/positions/export.csv}, and {@code .xlsx} beside them) and the capacity views as CSV or XLSX
 * ({@code /workforce/export.csv}, {@code /plans/{id}/workforce/export.csv}, {@code .xlsx} beside them), all through
 * {@link SheetDownload}: streamed, numbers as numbers, formula-like text neutralised. A refused roster shows every problem with its line, and nothing of it
 * was saved.
 */
@Controller
class RosterController {

    private final RosterService roster;
    private final WorkforceService workforce;
    private final CapacityService capacity;
    private final MessageSource messages;

    RosterController(RosterService roster, WorkforceService workforce, CapacityService capacity,
            MessageSource messages) {
        this.messages = messages;
        this.roster = roster;
        this.workforce = workforce;
        this.capacity = capacity;
    }

    @GetMapping("/workforce/import")
    String form(Model model) {
        workforce.checkCanAdd();
        return page(model);
    }

    @PostMapping("/workforce/import")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
            RedirectAttributes redirect, HttpServletResponse response) throws IOException {
        workforce.checkCanAdd();
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", "workforce.roster.file.required");
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model);
        }
        RosterResult result;
        try (InputStream in = file.getInputStream()) {
            result = roster.importRoster(in);
        } catch (RosterRejectedException e) {
            model.addAttribute("problems", e.problems());
            model.addAttribute("fileName", file.getOriginalFilename());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model);
        }
        redirect.addFlashAttribute("flash", "workforce.roster.saved");
        redirect.addFlashAttribute("savedPeople", result.people());
        redirect.addFlashAttribute("savedPositions", result.positions());
        return "redirect:/workforce/import";
    }

    /** The people as roster rows (the import's own format, so its column names), CSV or XLSX. */
    @GetMapping("/workforce/people/export.{format:csv|xlsx}")
    void people(@PathVariable String format, HttpServletResponse response) throws IOException {
        SheetDownload.send(response, format, "workforce-people", RosterService.COLUMNS, sheet -> SheetDownload
                .eachRow(number -> roster.peopleRows(SheetDownload.chunk(number)), row -> sheet.row(row.toArray())));
    }

    /** The positions as roster rows (the import's own format, so its column names), CSV or XLSX. */
    @GetMapping("/workforce/positions/export.{format:csv|xlsx}")
    void positions(@PathVariable String format, HttpServletResponse response) throws IOException {
        SheetDownload.send(response, format, "workforce-positions", RosterService.COLUMNS, sheet -> SheetDownload
                .eachRow(number -> roster.positionRows(SheetDownload.chunk(number)), row -> sheet.row(row.toArray())));
    }

    /** The portfolio's ranking as on {@code /workforce}: the agencies, then the countries, by shortfall. */
    @GetMapping("/workforce/export.{format:csv|xlsx}")
    void portfolio(@PathVariable String format, HttpServletResponse response, Locale locale) throws IOException {
        List<PortfolioRow> rows = capacity.portfolio();
        SheetDownload.send(response, format, "workforce-shortfalls", SheetDownload.header(messages,
                "workforce.portfolio.group", "workforce.name", "workforce.capacity.needed",
                "workforce.capacity.assigned", "workforce.capacity.shortfall"), sheet -> {
                    for (boolean country : new boolean[] {false, true}) {
                        String group = SheetDownload.label(messages, country ? "workforce.portfolio.countries.column"
                                : "workforce.portfolio.agencies.column", locale);
                        rows.stream().filter(r -> r.country() == country).forEach(r -> sheet.row(group, r.label(),
                                r.needed(), r.assigned(), r.shortfall()));
                    }
                });
    }

    /** A plan's capacity as on its workforce page: per fiscal year, lead agency and role, needed, assigned, short. */
    @GetMapping("/plans/{id}/workforce/export.{format:csv|xlsx}")
    void plan(@PathVariable long id, @PathVariable String format, HttpServletResponse response, Locale locale)
            throws IOException {
        Capacity plan = capacity.capacity(id);
        SheetDownload.send(response, format, "plan-" + id + "-workforce", SheetDownload.header(messages,
                "workforce.assignment.fiscalYear", "workforce.capacity.agency", "workforce.assignment.role",
                "workforce.capacity.needed", "workforce.capacity.assigned", "workforce.capacity.shortfall"), sheet -> {
                    for (Capacity.YearCapacity year : plan.years()) {
                        for (Capacity.Line line : year.lines()) {
                            sheet.row(line.fiscalYear(), line.agencyCode(),
                                    SheetDownload.label(messages, "workforce.role." + line.role().name(), locale),
                                    line.needed(), line.assigned(), line.shortfall());
                        }
                    }
                });
    }

    private String page(Model model) {
        model.addAttribute("columns", RosterService.COLUMNS);
        model.addAttribute("maxRows", RosterService.MAX_ROWS);
        return "workforce/import";
    }
}
