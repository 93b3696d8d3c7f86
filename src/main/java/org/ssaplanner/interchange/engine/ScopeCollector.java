package org.ssaplanner.interchange.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ssaplanner.interchange.ImportFormat;
import org.ssaplanner.interchange.ImportScope;

/**
 * Collects the scope of a file while it is read (on the reading thread): per country (rows under the code NULL
 * told apart by their name) the fiscal years, transaction types and assistance objectives present. Files are
 * grouped by country, so the country of the previous row is remembered to spare most map look-ups.
 */
final class ScopeCollector {

    private final int code;
    private final int name;
    private final int fiscalYear;
    private final int transactionType;
    private final int transactionTypeName;
    private final int objective;
    private final int objectiveName;
    private final Map<String, Country> countries = new LinkedHashMap<>();
    private String lastCode;
    private Country last;

    ScopeCollector(ImportFormat format) {
        this.code = format.countryCodeIndex();
        this.name = format.countryNameIndex();
        this.fiscalYear = format.fiscalYearIndex();
        this.transactionType = format.transactionTypeIndex();
        this.transactionTypeName = format.indexOf("transaction_type_name");
        this.objective = format.objectiveIndex();
        this.objectiveName = objective < 0 ? -1 : format.indexOf("assistance_objective_name");
    }

    /** Adds an accepted row (values as published, blank = null; country code and fiscal year never blank). */
    void add(String[] values) {
        String countryCode = values[code];
        Country country;
        if (countryCode.equals(lastCode) && !ImportFormat.NULL_COUNTRY_CODE.equals(countryCode)) {
            country = last;
        } else {
            String nameKey = ImportFormat.NULL_COUNTRY_CODE.equals(countryCode) ? blankAsEmpty(values[name]) : "";
            country = countries.computeIfAbsent(countryCode + '\u001f' + nameKey, k -> new Country(countryCode, nameKey));
            lastCode = countryCode;
            last = country;
        }
        country.add(values);
    }

    ImportScope scope() {
        return new ImportScope(countries.values().stream().map(Country::toScope).toList());
    }

    private static String blankAsEmpty(String value) {
        return value == null ? "" : value;
    }

    private final class Country {

        private final String code;
        private final String nameKey;
        private String label;
        private final Set<String> fiscalYears = new HashSet<>();
        private final Map<String, String> transactionTypes = new LinkedHashMap<>();
        private final Map<String, String> objectives = new LinkedHashMap<>();

        Country(String code, String nameKey) {
            this.code = code;
            this.nameKey = nameKey;
        }

        void add(String[] values) {
            if (label == null) {
                label = values[name];
            }
            fiscalYears.add(values[fiscalYear]);
            remember(transactionTypes, values[transactionType], values[transactionTypeName]);
            if (objective >= 0) {
                remember(objectives, values[objective], values[objectiveName]);
            }
        }

        /** Keeps the first published name of each id. */
        private static void remember(Map<String, String> named, String id, String name) {
            String key = blankAsEmpty(id);
            if (named.get(key) == null) {
                named.put(key, name);
            }
        }

        ImportScope.Country toScope() {
            List<ImportScope.Named> types = new ArrayList<>();
            transactionTypes.forEach((id, n) -> types.add(new ImportScope.Named(id, n)));
            List<ImportScope.Named> objs = new ArrayList<>();
            objectives.forEach((id, n) -> objs.add(new ImportScope.Named(id, n)));
            if (objs.isEmpty()) {
                objs.add(new ImportScope.Named("", null));
            }
            return new ImportScope.Country(code, nameKey, label, new ArrayList<>(fiscalYears), types, objs);
        }
    }
}
