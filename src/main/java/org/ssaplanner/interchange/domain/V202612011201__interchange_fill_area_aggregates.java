package org.ssaplanner.interchange.domain;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Fills the per-area aggregates (created by {@code V202612011200__interchange_create_area_aggregates.sql}) from the
 * rows stored before they existed, with the same SQL every import uses ({@link AreaAggregates}), inside the
 * migration's transaction. A Spring bean, so that Boot hands it to Flyway.
 */
@Component
class V202612011201__interchange_fill_area_aggregates extends BaseJavaMigration {

    @Override
    public void migrate(Context context) {
        AreaAggregates.refreshAll(new JdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true)));
    }
}
