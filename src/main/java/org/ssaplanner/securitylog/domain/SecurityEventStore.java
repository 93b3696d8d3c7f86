package org.ssaplanner.securitylog.domain;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.ssaplanner.shared.ListSort;
import org.ssaplanner.shared.SortColumns;

/**
 * The security_event table. Appends lock the chain head (one row, FOR UPDATE) until their transaction ends, so
 * concurrent writers take the next seq one after the other and the chain never forks; the INSERT trigger checks
 * the link again. Reads page and filter in SQL.
 */
@Repository
public class SecurityEventStore {

    private static final String COLUMNS =
            "seq, occurred_at, type, principal, actor, remote_address, details, prev_hash, hash";
    private static final int FETCH_SIZE = 1000;

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    SecurityEventStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /** The chain head: the last seq and its hash. */
    public record Head(long lastSeq, String lastHash) {
    }

    @Transactional
    public StoredEvent append(Instant occurredAt, String type, String principal, String actor, String remoteAddress,
            String details) {
        Head head = jdbc.queryForObject("select last_seq, last_hash from security_event_chain where id = 1 for update",
                (rs, n) -> new Head(rs.getLong(1), rs.getString(2)));
        long seq = head.lastSeq() + 1;
        Instant at = SecurityEventHash.storable(occurredAt);
        String hash = SecurityEventHash.of(seq, at, type, principal, actor, remoteAddress, details, head.lastHash());
        jdbc.update("insert into security_event (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?)", seq,
                Timestamp.from(at), type, principal, actor, remoteAddress, details, head.lastHash(), hash);
        return new StoredEvent(seq, at, type, principal, actor, remoteAddress, details, head.lastHash(), hash);
    }

    @Transactional(readOnly = true)
    public Head head() {
        return jdbc.queryForObject("select last_seq, last_hash from security_event_chain where id = 1",
                (rs, n) -> new Head(rs.getLong(1), rs.getString(2)));
    }

    /**
     * The columns the log sorts by (keys in the URL: {@code sort}); newest first by default, ties by the sequence
     * number (unique).
     */
    public static final SortColumns SORTS = SortColumns.tieBreaker("seq")
            .descending("seq", "seq")
            .descending("time", "occurred_at")
            .ascending("type", "type")
            .ascending("user", "principal")
            .ascending("actor", "actor")
            .ascending("address", "remote_address")
            .byDefault("seq", true);

    /** One page, newest first. */
    @Transactional(readOnly = true)
    public List<StoredEvent> page(SecurityEventQuery query, long offset, int limit) {
        return page(query, SORTS.defaultSort(), offset, limit);
    }

    /** One page in the given order (of {@link #SORTS}). */
    @Transactional(readOnly = true)
    public List<StoredEvent> page(SecurityEventQuery query, ListSort order, long offset, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(query, params);
        params.addValue("limit", limit).addValue("offset", offset);
        return named.query("select " + COLUMNS + " from security_event" + where
                + " order by " + SORTS.orderBy(order) + " limit :limit offset :offset", params, ROW);
    }

    @Transactional(readOnly = true)
    public long count(SecurityEventQuery query) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(query, params);
        Long count = named.queryForObject("select count(*) from security_event" + where, params, Long.class);
        return count == null ? 0 : count;
    }

    /** Every matching event, oldest first, streamed (for the CSV export). */
    @Transactional(readOnly = true)
    public void forEach(SecurityEventQuery query, Consumer<StoredEvent> consumer) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(query, params);
        NamedParameterJdbcTemplate streaming = new NamedParameterJdbcTemplate(fetching());
        streaming.query("select " + COLUMNS + " from security_event" + where + " order by seq", params,
                rs -> {
                    consumer.accept(ROW.mapRow(rs, 0));
                });
    }

    /** Events up to the given seq, oldest first, streamed (for the chain check). */
    @Transactional(readOnly = true)
    public void forEachUpTo(long lastSeq, Consumer<StoredEvent> consumer) {
        fetching().query(con -> {
            PreparedStatement statement = con.prepareStatement(
                    "select " + COLUMNS + " from security_event where seq <= ? order by seq");
            statement.setLong(1, lastSeq);
            statement.setFetchSize(FETCH_SIZE);
            return statement;
        }, rs -> {
            consumer.accept(ROW.mapRow(rs, 0));
        });
    }

    /** The types that occur, for the filter. */
    @Transactional(readOnly = true)
    public List<String> types() {
        return jdbc.queryForList("select distinct type from security_event order by type", String.class);
    }

    /** For Spring Boot's audit event API: events of a principal and type after a time, newest first. */
    @Transactional(readOnly = true)
    public List<StoredEvent> find(String principal, Instant after, String type, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        List<String> conditions = new ArrayList<>();
        if (principal != null) {
            conditions.add("lower(principal) = :principal");
            params.addValue("principal", principal.toLowerCase());
        }
        if (after != null) {
            conditions.add("occurred_at > :after");
            params.addValue("after", Timestamp.from(after));
        }
        if (type != null) {
            conditions.add("type = :type");
            params.addValue("type", type);
        }
        params.addValue("limit", limit);
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        return named.query("select " + COLUMNS + " from security_event" + where + " order by seq desc limit :limit",
                params, ROW);
    }

    private JdbcTemplate fetching() {
        JdbcTemplate template = new JdbcTemplate(jdbc.getDataSource());
        template.setFetchSize(FETCH_SIZE);
        return template;
    }

    private static String where(SecurityEventQuery query, MapSqlParameterSource params) {
        List<String> conditions = new ArrayList<>();
        if (query.type() != null) {
            conditions.add("type = :type");
            params.addValue("type", query.type());
        }
        if (query.user() != null) {
            conditions.add("(lower(principal) = :user or lower(actor) = :user)");
            params.addValue("user", query.user().toLowerCase());
        }
        if (query.addressPrefix() != null) {
            conditions.add("remote_address like :address escape '\\'");
            params.addValue("address", query.addressPrefix().replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        if (query.from() != null) {
            conditions.add("occurred_at >= :from");
            params.addValue("from", Timestamp.from(query.from()));
        }
        if (query.before() != null) {
            conditions.add("occurred_at < :before");
            params.addValue("before", Timestamp.from(query.before()));
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static final RowMapper<StoredEvent> ROW = (ResultSet rs, int n) -> new StoredEvent(rs.getLong("seq"),
            instant(rs), rs.getString("type"), rs.getString("principal"), rs.getString("actor"),
            rs.getString("remote_address"), rs.getString("details"), rs.getString("prev_hash"), rs.getString("hash"));

    private static Instant instant(ResultSet rs) throws SQLException {
        return rs.getObject("occurred_at", OffsetDateTime.class).toInstant();
    }
}
