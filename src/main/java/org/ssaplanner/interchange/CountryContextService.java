package org.ssaplanner.interchange;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.ssaplanner.interchange.engine.CountryContextQueries;
import org.ssaplanner.shared.database.ReportQuery;

/**
 * A partner's context from real data, imported at /imports: governance (World Bank Worldwide Governance Indicators),
 * armed conflict (UCDP/PRIO Armed Conflict Dataset) and military burden (SIPRI military expenditure as a share of
 * GDP), per area code (ISO alpha-3, or XKX for Kosovo and the codes of former states). For every signed-in user (the
 * data are public); read by the country page and by modules that weigh a program's risk, never written by them.
 */
@Service
@ReportQuery
public class CountryContextService {

    private final CountryContextQueries queries;

    CountryContextService(CountryContextQueries queries) {
        this.queries = queries;
    }

    /** The country page's section: latest values, trends and sources; one SQL statement. */
    @PreAuthorize("isAuthenticated()")
    public CountryContext context(String areaCode) {
        return queries.context(areaCode);
    }

    /** Per year: the six WGI estimates, the conflict intensity, the military burden; oldest first. */
    @PreAuthorize("isAuthenticated()")
    public List<CountryContextYear> years(String areaCode) {
        return queries.years(List.of(areaCode)).getOrDefault(areaCode, List.of());
    }

    /** {@link #years(String)} of many areas in one SQL statement (areas without data are absent). */
    @PreAuthorize("isAuthenticated()")
    public Map<String, List<CountryContextYear>> years(Collection<String> areaCodes) {
        return queries.years(areaCodes);
    }
}
