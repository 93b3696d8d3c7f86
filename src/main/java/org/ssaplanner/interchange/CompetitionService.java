package org.ssaplanner.interchange;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.ssaplanner.interchange.engine.ArmsTransferQueries;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.shared.NotFoundException;
import org.ssaplanner.shared.database.ReportQuery;

/**
 * Competition for influence through arms: what the SIPRI Arms Transfers Database says was delivered to a partner
 * country, by whom (the United States, the strategic competitors of {@link CompetitionProperties}, everyone else),
 * over time and by armament category; for every signed-in user. Every figure is aggregated in SQL.
 */
@Service
@ReportQuery
public class CompetitionService {

    /** A page's country: the code of its address and its name. */
    public record Recipient(String code, String name) {
    }

    private final ArmsTransferQueries queries;
    private final ReferenceDataService reference;
    private final CompetitionProperties properties;

    CompetitionService(ArmsTransferQueries queries, ReferenceDataService reference, CompetitionProperties properties) {
        this.queries = queries;
        this.reference = reference;
        this.properties = properties;
    }

    /**
     * The country a code stands for: an ISO 3166-1 country (alpha-3 or alpha-2; its alpha-3 code is the address), or
     * a code the SIPRI name mapping gives (Kosovo XKX, former states such as SUN); 404 otherwise.
     */
    @PreAuthorize("isAuthenticated()")
    public Recipient recipient(String code) {
        String asked = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (asked.length() == 2 || asked.length() == 3) {
            var country = reference.countryByCode(asked);
            if (country.isPresent()) {
                return new Recipient(country.get().alpha3(), country.get().name());
            }
        }
        if (asked.matches("[A-Z]{3}")) {
            return queries.nameOfCode(asked).map(name -> new Recipient(asked, name))
                    .orElseThrow(() -> new NotFoundException("Country", code));
        }
        throw new NotFoundException("Country", code);
    }

    @PreAuthorize("isAuthenticated()")
    public ArmsCompetition competition(Recipient recipient) {
        return queries.competition(recipient.code(), recipient.name(), properties.unitedStates(), properties.competitors());
    }

    /** The line of a country page: the last 10 delivery years of the register. */
    @PreAuthorize("isAuthenticated()")
    public CompetitionHeadline headline(String iso3) {
        return queries.headline(iso3, properties.unitedStates(), properties.competitors());
    }

    /**
     * Every recipient country's deliveries in the register's last 10 delivery years with the United States' and the
     * competitors' shares and the competitors' trend (the portfolio-wide view); one statement, by ISO alpha-3 code.
     */
    @PreAuthorize("isAuthenticated()")
    public Map<String, CompetitorShares> competitorShares() {
        Map<String, CompetitorShares> shares = new LinkedHashMap<>();
        queries.competitorShares(properties.unitedStates(), properties.competitors())
                .forEach(s -> shares.put(s.iso3(), s));
        return shares;
    }

    @PreAuthorize("isAuthenticated()")
    public ArmsRegister register() {
        return queries.register();
    }

    /** The supplier and recipient names of the stored register that have no ISO code. */
    @PreAuthorize("isAuthenticated()")
    public List<SipriName> unmappedNames() {
        return queries.unmappedNames();
    }

    /** The United States' code and the competitors' codes in effect. */
    public CompetitionProperties settings() {
        return properties;
    }
}
