package org.ssaplanner.authorities.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.ssaplanner.authorities.WaiverFilter;
import org.ssaplanner.authorities.WaiverKind;
import org.ssaplanner.authorities.WaiverService;
import org.ssaplanner.authorities.WaiverStatus;
import org.ssaplanner.authorities.WaiverSummary;
import org.ssaplanner.shared.api.ApiController;
import org.ssaplanner.shared.api.Versions;

/**
 * Waivers and statutory-exception claims over the REST API, read only: requests and decisions stay in the browser,
 * where the official's name, title and the justification are entered with the law in view.
 */
@ApiController
@RequestMapping("/api/v1/waivers")
@Tag(name = "Waivers", description = "Waivers of restrictions and claims of statutory exceptions, with decisions")
class WaiverApiController {

    private final WaiverService waivers;

    WaiverApiController(WaiverService waivers) {
        this.waivers = waivers;
    }

    @GetMapping
    @Operation(summary = "List waivers", description = "Newest request first; pages of `size` (at most 100).")
    PagedModel<WaiverSummary> list(@Parameter(description = "program id") @RequestParam(required = false) Long program,
            @Parameter(description = "restriction id") @RequestParam(required = false) Long restriction,
            @RequestParam(required = false) WaiverStatus status, @RequestParam(required = false) WaiverKind kind,
            @PageableDefault(size = 25) Pageable pageable) {
        return new PagedModel<>(waivers.search(new WaiverFilter(program, restriction, status, kind),
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by(Sort.Direction.DESC, "id"))));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One waiver", description = "Its ETag is its version.")
    ResponseEntity<WaiverSummary> get(@PathVariable long id) {
        WaiverSummary waiver = waivers.get(id);
        return ResponseEntity.ok().eTag(Versions.etag(waiver.version())).body(waiver);
    }
}
