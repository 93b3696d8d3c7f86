package org.ssaplanner.interchange.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.ssaplanner.interchange.ImportDetail;
import org.ssaplanner.interchange.ImportService;
import org.ssaplanner.shared.api.ApiController;

/** Import status over the REST API: the history of {@code /imports}, and one import with its progress. */
@ApiController
@RequestMapping("/api/v1/imports")
@Tag(name = "Imports", description = "Files imported (ForeignAssistance.gov, country context, SIPRI) and their status")
class ImportApiController {

    private final ImportService imports;

    ImportApiController(ImportService imports) {
        this.imports = imports;
    }

    @GetMapping
    @Operation(summary = "List imports", description = "Newest first unless `sort` and `dir` say otherwise; pages of "
            + "`size` (at most 100).")
    PagedModel<ImportDetail> list(@RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir, @PageableDefault(size = 25) Pageable pageable) {
        return new PagedModel<>(imports.history(PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                ImportService.order(sort, dir).asKeySort())));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One import", description = "Its status, phase and rows read, inserted, updated, unchanged "
            + "and refused so far: poll it while it runs.")
    ImportDetail get(@PathVariable long id) {
        return imports.get(id);
    }
}
