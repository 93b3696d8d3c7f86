package org.ssaplanner.programs.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.ssaplanner.programs.Horizon;
import org.ssaplanner.programs.ProgramDetailService;
import org.ssaplanner.programs.ProgramFilter;
import org.ssaplanner.programs.ProgramSearchService;
import org.ssaplanner.programs.ProgramService;
import org.ssaplanner.programs.ProgramSort;
import org.ssaplanner.programs.ProgramStatus;
import org.ssaplanner.programs.ProgramSummary;
import org.ssaplanner.reference.ObjectiveCategory;
import org.ssaplanner.shared.api.ApiController;
import org.ssaplanner.shared.api.Versions;

/** Programs over the REST API: the search of {@code /programs}, one program, create and update (If-Match). */
@ApiController
@RequestMapping("/api/v1")
@Tag(name = "Programs", description = "Programs with their funding lines, across every plan")
class ProgramApiController {

    private final ProgramSearchService search;
    private final ProgramDetailService details;
    private final ProgramService programs;

    ProgramApiController(ProgramSearchService search, ProgramDetailService details, ProgramService programs) {
        this.search = search;
        this.details = details;
        this.programs = programs;
    }

    @GetMapping("/programs")
    @Operation(summary = "Search programs", description = "The filters of the program list; pages of `size` (at most "
            + "100) by `page` from 0, in the order of `sort`.")
    PagedModel<ProgramSummary> list(
            @Parameter(description = "ISO alpha-2 code of the partner country", example = "CO")
            @RequestParam(required = false) String country,
            @RequestParam(required = false) Long agency, @RequestParam(required = false) Long authority,
            @RequestParam(required = false) String assistanceType, @RequestParam(required = false) String recipientType,
            @RequestParam(required = false) String domain, @RequestParam(required = false) ObjectiveCategory category,
            @RequestParam(required = false) ProgramStatus status, @RequestParam(required = false) Horizon horizon,
            @Parameter(description = "US fiscal year with a funding line", example = "2027")
            @RequestParam(name = "fy", required = false) Integer fiscalYear,
            @Parameter(description = "words in the title or description", example = "maritime")
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "UPDATED") ProgramSort sort,
            @PageableDefault(size = 20) Pageable pageable) {
        return new PagedModel<>(search.search(new ProgramFilter(country, agency, authority, assistanceType,
                recipientType, domain, category, status, horizon, fiscalYear, q), sort, pageable));
    }

    @GetMapping("/programs/{id}")
    @Operation(summary = "One program", description = "Its ETag is its version: send it back in If-Match to update.")
    ResponseEntity<ProgramResource> get(@PathVariable long id) {
        ProgramResource program = ProgramResource.of(details.get(id));
        return ResponseEntity.ok().eTag(Versions.etag(program.version())).body(program);
    }

    @PostMapping("/plans/{planId}/programs")
    @Operation(summary = "Create a program in a plan", description = "Planners of a participating agency; the same "
            + "rules and messages as the browser's form.")
    ResponseEntity<ProgramResource> create(@PathVariable long planId, @Valid @RequestBody ProgramBody body) {
        long id = programs.create(planId, body.toCommand());
        ProgramResource created = ProgramResource.of(details.get(id));
        return ResponseEntity.created(URI.create("/api/v1/programs/" + id)).eTag(Versions.etag(created.version()))
                .body(created);
    }

    @PutMapping("/programs/{id}")
    @Operation(summary = "Update a program", description = "Requires If-Match with the ETag read: 428 without it, "
            + "412 when the program changed meanwhile.")
    ResponseEntity<ProgramResource> update(@PathVariable long id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody ProgramBody body) {
        programs.update(id, Versions.fromIfMatch(ifMatch), body.toCommand());
        ProgramResource updated = ProgramResource.of(details.get(id));
        return ResponseEntity.ok().eTag(Versions.etag(updated.version())).body(updated);
    }
}
