package org.ssaplanner.compliance.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.ssaplanner.authorities.RestrictionService;
import org.ssaplanner.compliance.WaiverPressureService;

/** /reports/waiver-pressure (HTML with chart) and ?format=csv. */
@Controller
@RequestMapping("/reports/waiver-pressure")
class WaiverPressureController {

    private final WaiverPressureService reports;
    private final RestrictionService restrictions;

    WaiverPressureController(WaiverPressureService reports, RestrictionService restrictions) {
        this.reports = reports;
        this.restrictions = restrictions;
    }

    @GetMapping
    String report(@RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to,
            @RequestParam(required = false) Long restriction, Model model) {
        model.addAttribute("report", reports.report(from, to, restriction));
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("restriction", restriction);
        model.addAttribute("restrictions", restrictions.list());
        return "compliance/waiver-pressure";
    }

    @GetMapping(params = "format=csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to,
            @RequestParam(required = false) Long restriction) {
        byte[] body = reports.csv(from, to, restriction).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("waiver-pressure.csv").build().toString())
                .body(body);
    }
}
