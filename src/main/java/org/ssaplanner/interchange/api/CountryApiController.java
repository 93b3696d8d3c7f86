package org.ssaplanner.interchange.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.ssaplanner.interchange.ActivityFilter;
import org.ssaplanner.interchange.ActivityRow;
import org.ssaplanner.interchange.CountryPictureService;
import org.ssaplanner.shared.api.ApiController;

/** The country picture of {@code /countries/{iso3}} over the REST API: the breakdowns and the activities. */
@ApiController
@RequestMapping("/api/v1/countries/{iso3}")
@Tag(name = "Countries", description = "What the US government already does in a partner country (ForeignAssistance.gov)")
class CountryApiController {

    private final CountryPictureService pictures;

    CountryApiController(CountryPictureService pictures) {
        this.pictures = pictures;
    }

    @GetMapping
    @Operation(summary = "A country's picture", description = "Amounts of the imported activities per transaction "
            + "type (obligations `2`, disbursements `3`, ...), by fiscal year, agency, account and sector.")
    CountryResource picture(@Parameter(description = "ISO alpha-3 code", example = "COL") @PathVariable String iso3) {
        return CountryResource.of(pictures.picture(iso3));
    }

    @GetMapping("/activities")
    @Operation(summary = "A country's activities", description = "Largest obligations first, with the filters of the "
            + "page; pages of `size` (at most 100).")
    PagedModel<ActivityRow> activities(@PathVariable String iso3,
            @Parameter(description = "fiscal year", example = "2023") @RequestParam(required = false) String fy,
            @Parameter(description = "managing agency as published") @RequestParam(required = false) String agency,
            @Parameter(description = "funding account as published") @RequestParam(required = false) String account,
            @Parameter(description = "words in the activity's name or description") @RequestParam(required = false)
            String q, @PageableDefault(size = 25) Pageable pageable) {
        return new PagedModel<>(pictures.activities(iso3, new ActivityFilter(fy, agency, account, q),
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize())));
    }
}
