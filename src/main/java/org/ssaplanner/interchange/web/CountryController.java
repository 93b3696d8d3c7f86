package org.ssaplanner.interchange.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.ssaplanner.interchange.ActivityExport;
import org.ssaplanner.interchange.ActivityFilter;
import org.ssaplanner.interchange.ActivityRow;
import org.ssaplanner.interchange.Area;
import org.ssaplanner.interchange.AreaKind;
import org.ssaplanner.interchange.CompetitionService;
import org.ssaplanner.interchange.CountryContextService;
import org.ssaplanner.interchange.CountryIndex;
import org.ssaplanner.interchange.CountryPicture;
import org.ssaplanner.interchange.CountryPictureService;
import org.ssaplanner.shared.ListSort;
import org.ssaplanner.shared.SortColumns;
import org.ssaplanner.shared.web.PageSection;
import org.ssaplanner.shared.web.PageSections;
import org.ssaplanner.shared.web.SheetDownload;

/** The interagency picture of a partner country from imported FA.gov data, for every signed-in user. */
@Controller
@RequestMapping("/countries")
class CountryController {

    /** How many activities of a list can be paged through (offset paging stays fast up to here). */
    static final int LISTED_ACTIVITIES = 10_000;
    /** Discrepancies between FA.gov and IATI listed per page. */
    static final int IATI_PAGE_SIZE = 25;

    private final CountryPictureService pictures;
    private final ActivityExport export;
    private final CountryContextService contexts;
    private final PageSections sections;
    private final CompetitionService competition;

    CountryController(CountryPictureService pictures, ActivityExport export, CountryContextService contexts,
            PageSections sections, CompetitionService competition) {
        this.pictures = pictures;
        this.export = export;
        this.contexts = contexts;
        this.sections = sections;
        this.competition = competition;
    }

    /** The columns the index sorts each of its sections by; by name by default, ties by code. */
    static final SortColumns INDEX_SORTS = SortColumns.tieBreaker("code")
            .ascending("name", "name")
            .ascending("region", "region")
            .descending("rows", "rows")
            .byDefault("name", false);

    @GetMapping
    String index(@RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
            Model model) {
        ListSort order = INDEX_SORTS.resolve(sort, dir);
        Comparator<CountryIndex.Entry> by = switch (INDEX_SORTS.expression(order)) {
            case "region" -> Comparator.comparing(e -> Objects.toString(e.area().regionLabel(), ""),
                    String.CASE_INSENSITIVE_ORDER);
            case "rows" -> Comparator.comparingLong(CountryIndex.Entry::activityRows);
            default -> Comparator.comparing(e -> Objects.toString(e.area().name(), ""), String.CASE_INSENSITIVE_ORDER);
        };
        Comparator<CountryIndex.Entry> byName = Comparator.comparing(e -> Objects.toString(e.area().name(), ""),
                String.CASE_INSENSITIVE_ORDER);
        model.addAttribute("index", pictures.index().sortedBy((order.descending() ? by.reversed() : by)
                .thenComparing(byName).thenComparing(e -> e.area().code())));
        model.addAttribute("listSort", order);
        return "interchange/countries/index";
    }

    /**
     * The picture of a country, Kosovo, a former state, a region or the world; other spellings of its code
     * (alpha-2, lower case, the code FA.gov publishes it under) redirect to its address.
     */
    @GetMapping("/{code}")
    String picture(@PathVariable String code, @ModelAttribute("activitySearch") ActivitySearchParams params,
            @PageableDefault(size = 25) Pageable pageable,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            @RequestParam(name = "ipage", defaultValue = "0") int iatiPage, Model model) {
        Area area = pictures.area(code);
        if (!area.code().equals(code)) {
            return "redirect:/countries/" + area.code();
        }
        CountryPicture picture = pictures.picture(area);
        ActivityFilter filter = params.toFilter();
        model.addAttribute("picture", picture);
        model.addAttribute("filter", filter);
        if (htmx == null && (area.kind() == AreaKind.COUNTRY || area.kind() == AreaKind.FORMER)
                && area.code().matches("[A-Z]{3}")) {
            // arms deliveries (SIPRI) in one line, linking to the competition page
            model.addAttribute("competition", competition.headline(area.code()));
        }
        // pages in SQL by offset, so only the first pages are offered; filters narrow the list
        // (in the order of obligations: a "sort" in the URL is not used)
        int pageNumber = Math.min(pageable.getPageNumber(), LISTED_ACTIVITIES / pageable.getPageSize() - 1);
        Page<ActivityRow> activities = pictures.areaActivities(area, filter,
                PageRequest.of(pageNumber, pageable.getPageSize()));
        model.addAttribute("activities", activities);
        model.addAttribute("activitiesCapped", activities.getTotalElements() > LISTED_ACTIVITIES);
        model.addAttribute("activitiesListed", LISTED_ACTIVITIES);
        // the action column shows only to those who may add programs to a plan of the country (the rule of the
        // new-program form, @planPermissions.canContribute): its links come from the picture's form address
        Map<String, String> programUrls = area.partnerCountry()
                ? picture.newProgramUrls(activities.map(ActivityRow::activityId).toList()) : Map.of();
        model.addAttribute("programLinks", !programUrls.isEmpty());
        // sections other modules contribute to a partner country's page (e.g. who else could help, issue 14)
        model.addAttribute("sections", area.partnerCountry() && htmx == null
                ? sections.render(PageSection.COUNTRY, pictures.country(area.code()).id()).stream()
                        .filter(section -> section.data() != null).toList()
                : List.of());
        model.addAttribute("programUrls", programUrls);
        if (htmx == null) {
            // IATI activities per publisher and their reconciliation with FA.gov (two statements; paged by "ipage")
            model.addAttribute("iati", pictures.iati(area, PageRequest.of(Math.max(iatiPage, 0), IATI_PAGE_SIZE)));
        }
        if (htmx == null && area.kind().hasContext()) {
            // governance, conflict and military burden from the imported real data: one statement
            model.addAttribute("context", contexts.context(area.code()));
        }
        // htmx (the activity filters changed): only the activity list, the rest of the picture stays
        return htmx != null ? "interchange/countries/picture :: results" : "interchange/countries/picture";
    }

    /**
     * The filtered activity list of an area as CSV or XLSX (a country, Kosovo, a former state: any area with activity
     * rows), every activity whatever their number (streamed from a cursor to the response, in constant memory);
     * formula-like text is never a formula.
     */
    @GetMapping("/{iso3}/activities.{format:csv|xlsx}")
    void export(@PathVariable String iso3, @PathVariable String format,
            @ModelAttribute("activitySearch") ActivitySearchParams params, HttpServletResponse response)
            throws IOException {
        Area area = pictures.area(iso3);
        SheetDownload.send(response, format, area.code() + "-activities", List.of("Activity ID", "Activity Name",
                "Managing Agency", "Bureau", "Funding Accounts", "First Fiscal Year", "Last Fiscal Year", "Obligations",
                "Disbursements", "Rows"), sheet -> export.activities(area, params.toFilter(), row -> sheet.row(
                        row.activityId(), row.name(), row.managingAgency(), row.bureau(), row.accounts(),
                        row.firstFiscalYear(), row.lastFiscalYear(), row.obligations(), row.disbursements(),
                        row.rows())));
    }
}
