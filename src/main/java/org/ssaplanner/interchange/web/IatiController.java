package org.ssaplanner.interchange.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.ssaplanner.interchange.IatiExportService;

/** IATI 2.03 activity files: a plan's, and a partner country's published ones (for a fiscal year or current). */
@Controller
class IatiController {

    private final IatiExportService iati;

    IatiController(IatiExportService iati) {
        this.iati = iati;
    }

    @GetMapping("/plans/{id}/iati.xml")
    void plan(@PathVariable long id, HttpServletResponse response) throws IOException {
        iati.plan(id, () -> open(response, "plan-" + id + "-iati.xml"));
    }

    @GetMapping("/iati/activities.xml")
    void country(@RequestParam String country, @RequestParam(name = "fy", required = false) Integer fiscalYear,
            HttpServletResponse response) throws IOException {
        String fileName = country.trim().toUpperCase() + (fiscalYear == null ? "" : "-FY" + fiscalYear) + "-iati.xml";
        iati.country(country, fiscalYear, () -> open(response, fileName));
    }

    private static OutputStream open(HttpServletResponse response, String fileName) throws IOException {
        response.setContentType("application/xml");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
        return response.getOutputStream();
    }
}
