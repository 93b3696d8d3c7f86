package org.ssaplanner.interchange;

import java.util.function.Consumer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ssaplanner.interchange.engine.ActivityQueries;

/**
 * Exports of the imported activities: ALL rows of the filtered list, streamed in constant memory (a cursor in one
 * read-only transaction), never cut at a page size.
 */
@Service
public class ActivityExport {

    private final ActivityQueries queries;

    ActivityExport(ActivityQueries queries) {
        this.queries = queries;
    }

    /**
     * Hands every activity of the area's filtered list to {@code each}, in the list's order: a country, Kosovo, a
     * former state or any area with activity rows (see {@link CountryPictureService#area(String)}).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public void activities(Area area, ActivityFilter filter, Consumer<ActivityRow> each) {
        queries.exportActivities(area.code(), filter == null ? ActivityFilter.none() : filter, each);
    }
}
