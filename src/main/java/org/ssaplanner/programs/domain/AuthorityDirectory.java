package org.ssaplanner.programs.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.ssaplanner.authorities.AuthorityService;
import org.ssaplanner.authorities.AuthoritySummary;
import org.ssaplanner.programs.AuthorityOption;

/** The legal authorities a program may cite, as the programs module shows them (read through the authorities API). */
@Component
public class AuthorityDirectory {

    private final AuthorityService authorities;

    AuthorityDirectory(AuthorityService authorities) {
        this.authorities = authorities;
    }

    public List<AuthorityOption> all() {
        return authorities.all().stream().map(AuthorityDirectory::toOption).toList();
    }

    public Map<Long, AuthorityOption> byIds(Collection<Long> ids) {
        return authorities.byIds(ids).values().stream().map(AuthorityDirectory::toOption)
                .collect(Collectors.toMap(AuthorityOption::id, Function.identity()));
    }

    private static AuthorityOption toOption(AuthoritySummary a) {
        return new AuthorityOption(a.id(), a.shortName(), a.citation(), a.fundingAccount());
    }
}
