package org.ssaplanner.workforce.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.ssaplanner.workforce.CapacityService;
import org.ssaplanner.workforce.RosterRejectedException;
import org.ssaplanner.workforce.RosterResult;
import org.ssaplanner.workforce.RosterService;
import org.ssaplanner.workforce.WorkforceService;

/**
 * The workforce roster as CSV ({@code /workforce/import}, {@code /workforce/people/export.csv},
 * {@code /workforce/positions/export.csv}) and the capacity views as CSV ({@code /workforce/export.csv},
 * {@code /plans/{id}/workforce/export.csv}). A refused roster shows every problem with its line, and nothing of it
 * was saved.
 */
@Controller
class RosterController {

    private final RosterService roster;
    private final WorkforceService workforce;
    private final CapacityService capacity;

    RosterController(RosterService roster, WorkforceService workforce, CapacityService capacity) {
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

    @GetMapping("/workforce/people/export.csv")
    ResponseEntity<byte[]> people() {
        return csv("workforce-people.csv", roster::exportPeople);
    }

    @GetMapping("/workforce/positions/export.csv")
    ResponseEntity<byte[]> positions() {
        return csv("workforce-positions.csv", roster::exportPositions);
    }

    @GetMapping("/workforce/export.csv")
    ResponseEntity<byte[]> portfolio() {
        return csv("workforce-shortfalls.csv", capacity::portfolioCsv);
    }

    @GetMapping("/plans/{id}/workforce/export.csv")
    ResponseEntity<byte[]> plan(@PathVariable long id) {
        return csv("plan-" + id + "-workforce.csv", out -> capacity.capacityCsv(id, out));
    }

    private String page(Model model) {
        model.addAttribute("columns", RosterService.COLUMNS);
        model.addAttribute("maxRows", RosterService.MAX_ROWS);
        return "workforce/import";
    }

    private static ResponseEntity<byte[]> csv(String fileName, Consumer<StringWriter> writer) {
        StringWriter out = new StringWriter();
        writer.accept(out);
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName).build().toString())
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }
}
