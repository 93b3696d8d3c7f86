package org.ssaplanner.interchange.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.ssaplanner.interchange.ActivityExport;
import org.ssaplanner.interchange.ActivityFilter;
import org.ssaplanner.interchange.ActivityRow;
import org.ssaplanner.interchange.CountryPicture;
import org.ssaplanner.interchange.CountryPictureService;
import org.ssaplanner.reference.CountryRef;
import org.ssaplanner.shared.csv.SpreadsheetCsv;

/** The interagency picture of a partner country from imported FA.gov data, for every signed-in user. */
@Controller
@RequestMapping("/countries")
class CountryController {

    private static final int PAGE_SIZE = 25;

    private final CountryPictureService pictures;
    private final ActivityExport export;

    CountryController(CountryPictureService pictures, ActivityExport export) {
        this.pictures = pictures;
        this.export = export;
    }

    @GetMapping
    String index(Model model) {
        model.addAttribute("countries", pictures.countriesWithData());
        return "interchange/countries/index";
    }

    @GetMapping("/{iso3}")
    String picture(@PathVariable String iso3, @RequestParam(required = false) String fy,
            @RequestParam(required = false) String agency, @RequestParam(required = false) String account,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        CountryRef country = pictures.country(iso3);
        if (!country.alpha3().equals(iso3)) {
            return "redirect:/countries/" + country.alpha3();
        }
        CountryPicture picture = pictures.picture(iso3);
        ActivityFilter filter = new ActivityFilter(fy, agency, account, q);
        model.addAttribute("picture", picture);
        model.addAttribute("filter", filter);
        Page<ActivityRow> activities = pictures.activities(iso3, filter, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("activities", activities);
        boolean programLinks = pictures.programCreationAvailable();
        Map<String, String> programUrls = programLinks
                ? pictures.newProgramUrls(iso3, activities.map(ActivityRow::activityId).toList()) : Map.of();
        model.addAttribute("programLinks", programLinks);
        model.addAttribute("programUrls", programUrls);
        return "interchange/countries/picture";
    }

    /**
     * The filtered activity list as CSV, every activity whatever their number (streamed from a cursor to the
     * response, in constant memory); text cells are made spreadsheet-safe (no formula injection).
     */
    @GetMapping("/{iso3}/activities.csv")
    void export(@PathVariable String iso3, @RequestParam(required = false) String fy,
            @RequestParam(required = false) String agency, @RequestParam(required = false) String account,
            @RequestParam(required = false) String q, HttpServletResponse response) throws IOException {
        CountryRef country = pictures.country(iso3);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + country.alpha3() + "-activities.csv\"");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try (SpreadsheetCsv csv = SpreadsheetCsv.to(response.getWriter())) {
            csv.row("Activity ID", "Activity Name", "Managing Agency", "Bureau", "Funding Accounts",
                    "First Fiscal Year", "Last Fiscal Year", "Obligations", "Disbursements", "Rows");
            export.activities(country.alpha3(), new ActivityFilter(fy, agency, account, q), row -> csv.row(row.activityId(),
                    row.name(), row.managingAgency(), row.bureau(), row.accounts(), row.firstFiscalYear(),
                    row.lastFiscalYear(), row.obligations(), row.disbursements(), row.rows()));
        }
    }
}
