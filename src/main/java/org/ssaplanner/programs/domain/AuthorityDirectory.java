package org.ssaplanner.programs.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.ssaplanner.programs.AuthorityOption;

/**
 * Read-only view of the legal-authority catalogue (table {@code authority}, seeded by the authorities
 * migrations). TEMPORARY: the authorities module is being built in parallel and has no service yet;
 * the lead will replace this query with its API when merging. Nothing else in programs reads that table.
 */
@Component
public class AuthorityDirectory {

    private final JdbcTemplate jdbc;

    AuthorityDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<AuthorityOption> all() {
        return jdbc.query("select id, short_name, citation, funding_account from authority order by short_name",
                (rs, i) -> new AuthorityOption(rs.getLong("id"), rs.getString("short_name"), rs.getString("citation"),
                        rs.getString("funding_account")));
    }

    public Map<Long, AuthorityOption> byIds(Collection<Long> ids) {
        return all().stream().filter(a -> ids.contains(a.id()))
                .collect(Collectors.toMap(AuthorityOption::id, Function.identity()));
    }
}
