package org.ssaplanner.interchange.engine;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Filled the per-area aggregates of {@code V202612011200__interchange_create_area_aggregates.sql} from the rows
 * stored before they existed. Now does nothing: {@link V202612011631__interchange_refill_area_aggregates} fills
 * every aggregate, including those created after this one, and today's {@link AreaAggregates} writes tables this
 * migration's schema does not have yet. A Spring bean, so that Boot hands it to Flyway (a Java migration has no
 * checksum, so databases that ran it are unaffected).
 */
@Component
class V202612011201__interchange_fill_area_aggregates extends BaseJavaMigration {

    @Override
    public void migrate(Context context) {
        // superseded by V202612011631 (see above)
    }
}
