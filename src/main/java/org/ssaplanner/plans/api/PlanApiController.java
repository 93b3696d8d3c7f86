package org.ssaplanner.plans.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.ssaplanner.plans.PlanFilter;
import org.ssaplanner.plans.PlanService;
import org.ssaplanner.plans.PlanStatus;
import org.ssaplanner.plans.PlanSummary;
import org.ssaplanner.reference.CountryRef;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.shared.NotFoundException;
import org.ssaplanner.shared.api.ApiController;
import org.ssaplanner.shared.api.Versions;

/** Country plans over the REST API: the list of {@code /plans} with its filters, and one plan with its tree. */
@ApiController
@RequestMapping("/api/v1/plans")
@Tag(name = "Plans", description = "Country plans with their conductor, agencies and theory of change")
class PlanApiController {

    private final PlanService plans;
    private final ReferenceDataService reference;

    PlanApiController(PlanService plans, ReferenceDataService reference) {
        this.plans = plans;
        this.reference = reference;
    }

    @GetMapping
    @Operation(summary = "List plans", description = "Newest change first; pages of `size` (at most 100).")
    PagedModel<PlanSummary> list(
            @Parameter(description = "ISO alpha-3 or alpha-2 code of the partner country", example = "COL")
            @RequestParam(required = false) String country,
            @RequestParam(required = false) PlanStatus status,
            @Parameter(description = "conductor's agency id") @RequestParam(required = false) Long agency,
            @Parameter(description = "a US fiscal year the plan covers", example = "2027")
            @RequestParam(name = "fy", required = false) Integer fiscalYear,
            @PageableDefault(size = 20, sort = "updatedAt", direction = Sort.Direction.DESC) Pageable pageable) {
        Long countryId = country == null || country.isBlank() ? null
                : reference.countryByCode(country).map(CountryRef::id)
                        .orElseThrow(() -> new NotFoundException("Country", country));
        return new PagedModel<>(plans.search(new PlanFilter(countryId, null, status, agency, fiscalYear), pageable));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One plan", description = "Its ETag is its version.")
    ResponseEntity<PlanResource> get(@PathVariable long id) {
        PlanResource plan = PlanResource.of(plans.get(id));
        return ResponseEntity.ok().eTag(Versions.etag(plan.version())).body(plan);
    }
}
