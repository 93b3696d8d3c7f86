package org.ssaplanner.interchange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an import covers, computed from its file: per country the fiscal years, transaction types and assistance
 * objectives (Economic / Military; none in the country summary) its rows hold. Within the scope (per country:
 * every fiscal year x transaction type x objective), the stored rows became exactly the file's rows; outside it
 * nothing changed.
 */
public record ImportScope(List<Country> countries) {

    public ImportScope {
        countries = List.copyOf(countries);
    }

    public static ImportScope none() {
        return new ImportScope(List.of());
    }

    public boolean isEmpty() {
        return countries.isEmpty();
    }

    /** The country codes the scope covers (FA.gov codes as published: ISO alpha-3, regions, "NULL", ...). */
    public Set<String> countryCodes() {
        return countries.stream().map(Country::countryCode).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** All fiscal years of the scope, in order, written as ranges (for a scope of many countries). */
    public String fiscalYearsText() {
        Set<String> years = new LinkedHashSet<>();
        countries.forEach(c -> years.addAll(c.fiscalYears()));
        return fiscalYearRanges(years);
    }

    /** All transaction types of the scope, by id. */
    public String transactionTypesText() {
        Set<Named> types = new LinkedHashSet<>();
        countries.forEach(c -> types.addAll(c.transactionTypes()));
        return Named.join(types);
    }

    /** A published value with its name: a transaction type or an assistance objective ("" = published blank). */
    public record Named(String id, String name) {

        public String label() {
            if (name != null && !name.isBlank()) {
                return name;
            }
            return id.isEmpty() ? "(blank)" : id;
        }

        static String join(Iterable<Named> values) {
            List<Named> sorted = new ArrayList<>();
            values.forEach(sorted::add);
            sorted.sort(Comparator.comparing((Named n) -> n.id().length()).thenComparing(Named::id));
            return sorted.stream().map(Named::label).distinct().collect(Collectors.joining(", "));
        }
    }

    /**
     * The scope in one country. {@code nameKey} is the published name for rows under the code NULL (former states,
     * told apart by their name) and "" otherwise; {@code label} the name to show.
     */
    public record Country(String countryCode, String nameKey, String label, List<String> fiscalYears,
            List<Named> transactionTypes, List<Named> objectives) {

        public Country {
            fiscalYears = fiscalYears.stream().distinct().sorted(FISCAL_YEARS).toList();
            transactionTypes = List.copyOf(transactionTypes);
            objectives = List.copyOf(objectives);
        }

        public String fiscalYearsText() {
            return fiscalYearRanges(fiscalYears);
        }

        public String transactionTypesText() {
            return Named.join(transactionTypes);
        }

        /** Empty in the country summary, which has no objectives. */
        public String objectivesText() {
            return objectives.stream().allMatch(o -> o.id().isEmpty() && (o.name() == null || o.name().isBlank()))
                    ? "" : Named.join(objectives);
        }

        /** “El Salvador, FY2002–FY2022, Obligations, Economic”. */
        public String describe() {
            String objectives = objectivesText();
            return shownLabel() + ", " + fiscalYearsText() + ", " + transactionTypesText()
                    + (objectives.isEmpty() ? "" : ", " + objectives);
        }

        public String shownLabel() {
            return label == null || label.isBlank() ? countryCode : label;
        }
    }

    /** Fiscal years as FA.gov publishes them: four digits and an optional suffix ("1976tq" follows 1976). */
    static final Comparator<String> FISCAL_YEARS = Comparator.comparing((String fy) -> fy.length() >= 4 ? fy.substring(0, 4) : fy)
            .thenComparing(fy -> fy.length() >= 4 ? fy.substring(4) : "");

    /**
     * “FY2002–FY2022”; years that do not follow each other as separate ranges (“FY2002–FY2010, FY2012–FY2022”);
     * a year with a suffix on its own (“FY1946–FY1976, FY1976tq, FY1977–FY2025”).
     */
    static String fiscalYearRanges(Iterable<String> fiscalYears) {
        List<String> years = new ArrayList<>();
        fiscalYears.forEach(years::add);
        years = years.stream().distinct().sorted(FISCAL_YEARS).toList();
        List<String> ranges = new ArrayList<>();
        int i = 0;
        while (i < years.size()) {
            String first = years.get(i);
            int j = i;
            if (plain(first)) {
                while (j + 1 < years.size() && plain(years.get(j + 1))
                        && Integer.parseInt(years.get(j + 1)) == Integer.parseInt(years.get(j)) + 1) {
                    j++;
                }
            }
            ranges.add(j == i ? "FY" + first : "FY" + first + "\u2013FY" + years.get(j));
            i = j + 1;
        }
        return String.join(", ", ranges);
    }

    private static boolean plain(String fiscalYear) {
        return fiscalYear.length() == 4 && fiscalYear.chars().allMatch(Character::isDigit);
    }
}
