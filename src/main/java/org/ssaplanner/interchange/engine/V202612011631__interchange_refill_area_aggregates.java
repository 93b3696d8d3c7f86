package org.ssaplanner.interchange.engine;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Rebuilds every per-area aggregate from the stored rows, now including the activity lines per funding account
 * ({@code V202612011630__interchange_create_area_activity_accounts.sql}), with the same SQL every import uses
 * ({@link AreaAggregates}), inside the migration's transaction. A Spring bean, so that Boot hands it to Flyway.
 */
@Component
class V202612011631__interchange_refill_area_aggregates extends BaseJavaMigration {

    @Override
    public void migrate(Context context) {
        AreaAggregates.refreshAll(new JdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true)));
    }
}
