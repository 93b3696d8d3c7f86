package org.ssaplanner.interchange;

import java.util.function.Consumer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ssaplanner.interchange.domain.ActivityQueries;

/**
 * Exports of the imported activities: ALL rows of the filtered list, streamed in constant memory (a cursor in one
 * read-only transaction), never cut at a page size.
 */
@Service
public class ActivityExport {

    private final CountryPictureService pictures;
    private final ActivityQueries queries;

    ActivityExport(CountryPictureService pictures, ActivityQueries queries) {
        this.pictures = pictures;
        this.queries = queries;
    }

    /** Hands every activity of the country's filtered list to {@code each}, in the list's order. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public void activities(String iso3, ActivityFilter filter, Consumer<ActivityRow> each) {
        queries.exportActivities(pictures.country(iso3).alpha3(), filter == null ? ActivityFilter.none() : filter, each);
    }
}
