package org.ssaplanner.compliance.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.ssaplanner.compliance.FindingFilter;
import org.ssaplanner.compliance.FindingQueryService;
import org.ssaplanner.compliance.FindingRow;
import org.ssaplanner.compliance.FindingSeverity;
import org.ssaplanner.programs.ProgramStatus;
import org.ssaplanner.reference.CountryRef;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.shared.NotFoundException;
import org.ssaplanner.shared.api.ApiController;

/** Compliance findings over the REST API: the list of {@code /compliance} with its filters and order. */
@ApiController
@RequestMapping("/api/v1/findings")
@Tag(name = "Compliance", description = "Findings of every program against the restrictions of its authorities")
class FindingApiController {

    private final FindingQueryService findings;
    private final ReferenceDataService reference;

    FindingApiController(FindingQueryService findings, ReferenceDataService reference) {
        this.findings = findings;
        this.reference = reference;
    }

    @GetMapping
    @Operation(summary = "List findings", description = "Blocking first, as on the page, unless `sort` (program, "
            + "country, restriction, severity) and `dir` say otherwise; pages of `size` (at most 100). As on the "
            + "page, the total is counted up to 1,000 matches beyond the page: a larger totalElements means more.")
    PagedModel<FindingRow> list(
            @Parameter(description = "ISO alpha-3 or alpha-2 code of the partner country", example = "COL")
            @RequestParam(required = false) String country,
            @Parameter(description = "restriction id") @RequestParam(required = false) Long restriction,
            @RequestParam(required = false) FindingSeverity severity,
            @Parameter(description = "program id") @RequestParam(required = false) Long program,
            @RequestParam(required = false) ProgramStatus programStatus,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
            @PageableDefault(size = 25) Pageable pageable) {
        Long countryId = country == null || country.isBlank() ? null
                : reference.countryByCode(country).map(CountryRef::id)
                        .orElseThrow(() -> new NotFoundException("Country", country));
        return new PagedModel<>(findings.search(new FindingFilter(countryId, restriction, severity, program,
                programStatus), PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                        FindingQueryService.order(sort, dir).asKeySort())));
    }
}
