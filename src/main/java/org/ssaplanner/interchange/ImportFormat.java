package org.ssaplanner.interchange;

import java.util.List;

/**
 * The CSV layouts SSA Planner accepts, recognised by their header: the ForeignAssistance.gov downloads, the
 * partner-country context data sets (WGI, UCDP/PRIO, SIPRI military burden) and the SIPRI Arms Transfers Database
 * trade register. Each published column is stored in a column of the target table, in the published order.
 */
public enum ImportFormat {

    /** FA.gov "complete" activity-level download: 51 columns (note the published typo "Funding Acount ID"). */
    COMPLETE("interchange_activity", List.of(
            "Country ID", "Country Code", "Country Name", "Region ID", "Region Name", "Income Group ID",
            "Income Group Name", "Income Group Acronym", "Managing Agency ID", "Managing Agency Acronym",
            "Managing Agency Name", "Managing Sub-agency or Bureau ID", "Managing Sub-agency or Bureau Acronym",
            "Managing Sub-agency or Bureau Name", "Implementing Partner Category ID",
            "Implementing Partner Category Name", "Implementing Partner Sub-category ID",
            "Implementing Partner Sub-category Name", "Implementing Partner ID", "Implementing Partner Name",
            "International Category ID", "International Category Name", "International Sector Code",
            "International Sector Name", "International Purpose Code", "International Purpose Name",
            "US Category ID", "US Category Name", "US Sector ID", "US Sector Name", "Submission ID",
            "Funding Acount ID", "Funding Account Name", "Funding Agency ID", "Funding Agency Name",
            "Funding Agency Acronym", "Foreign Assistance Objective ID", "Foreign Assistance Objective Name",
            "Aid Type Group ID", "Aid Type Group Name", "Activity ID", "Activity Name", "Activity Description",
            "Activity Project Number", "Activity Start Date", "Activity End Date", "Transaction Type ID",
            "Transaction Type Name", "Fiscal Year", "Current Dollar Amount", "Constant Dollar Amount"),
            List.of("country_id", "country_code", "country_name", "region_id", "region_name", "income_group_id",
                    "income_group_name", "income_group_acronym", "managing_agency_id", "managing_agency_acronym",
                    "managing_agency_name", "managing_subagency_id", "managing_subagency_acronym",
                    "managing_subagency_name", "implementing_partner_category_id",
                    "implementing_partner_category_name", "implementing_partner_subcategory_id",
                    "implementing_partner_subcategory_name", "implementing_partner_id", "implementing_partner_name",
                    "international_category_id", "international_category_name", "international_sector_code",
                    "international_sector_name", "international_purpose_code", "international_purpose_name",
                    "us_category_id", "us_category_name", "us_sector_id", "us_sector_name", "submission_id",
                    "funding_account_id", "funding_account_name", "funding_agency_id", "funding_agency_name",
                    "funding_agency_acronym", "assistance_objective_id", "assistance_objective_name",
                    "aid_type_group_id", "aid_type_group_name", "activity_id", "activity_name",
                    "activity_description", "activity_project_number", "activity_start_date", "activity_end_date",
                    "transaction_type_id", "transaction_type_name", "fiscal_year", "current_amount",
                    "constant_amount"),
            // What would identify a published row if FA.gov kept these columns stable (it does not: it reclassifies
            // rows between vintages). Pairs the old and new version of a row in an import's diff and finds repeats
            // within one file; the scope of an import, not this key, decides what a newer vintage replaces.
            List.of("country_code", "activity_id", "fiscal_year", "transaction_type_id", "funding_account_id",
                    "implementing_partner_id", "managing_agency_id", "managing_subagency_id",
                    "international_purpose_code", "us_sector_id", "funding_agency_id", "aid_type_group_id",
                    "assistance_objective_id")),

    /** FA.gov "country summary" download (us_foreign_aid_country.csv): 11 columns. */
    COUNTRY_SUMMARY("interchange_country_amount", List.of(
            "Country Code", "Country Name", "Region ID", "Region Name", "Income Group Acronym", "Income Group Name",
            "Transaction Type ID", "Transaction Type Name", "Fiscal Year", "current_amount", "constant_amount"),
            List.of("country_code", "country_name", "region_id", "region_name", "income_group_acronym",
                    "income_group_name", "transaction_type_id", "transaction_type_name", "fiscal_year",
                    "current_amount", "constant_amount"),
            // The country code is the identity (a renamed country stays the same country); the name only tells apart
            // the former states published under the code "NULL" (see nameOnlyUnderNullCode).
            List.of("country_code", "country_name", "transaction_type_id", "fiscal_year")),

    /**
     * World Bank Worldwide Governance Indicators, the long "wgidataset" layout (since the 2023 revision): one row per
     * economy, indicator and year; missing values are {@code ..}; World Bank codes, mapped to ISO alpha-3.
     */
    WGI("interchange_governance", List.of("codeindyr", "code", "countryname", "year", "indicator", "estimate",
            "stddev", "nsource", "pctrank", "pctranklower", "pctrankupper"),
            List.of("codeindyr", "source_code", "source_name", "year", "indicator", "estimate", "std_error",
                    "sources", "percentile_rank", "percentile_lower", "percentile_upper"),
            List.of("area_code", "indicator", "year"), true),

    /** UCDP/PRIO Armed Conflict Dataset (conflict-year rows, 28 columns); locations as Gleditsch-Ward numbers. */
    UCDP_PRIO("interchange_conflict_year", List.of("conflict_id", "location", "side_a", "side_a_id", "side_a_2nd",
            "side_b", "side_b_id", "side_b_2nd", "incompatibility", "territory_name", "year", "intensity_level",
            "cumulative_intensity", "type_of_conflict", "start_date", "start_prec", "start_date2", "start_prec2",
            "ep_end", "ep_end_date", "ep_end_prec", "gwno_a", "gwno_a_2nd", "gwno_b", "gwno_b_2nd", "gwno_loc",
            "region", "version"),
            List.of("conflict_id", "location", "side_a", "side_a_id", "side_a_2nd", "side_b", "side_b_id",
                    "side_b_2nd", "incompatibility", "territory_name", "year", "intensity_level",
                    "cumulative_intensity", "type_of_conflict", "start_date", "start_prec", "start_date2",
                    "start_prec2", "ep_end", "ep_end_date", "ep_end_prec", "gwno_a", "gwno_a_2nd", "gwno_b",
                    "gwno_b_2nd", "gwno_loc", "region", "version"),
            List.of("conflict_id", "year"), true),

    /** SIPRI military expenditure as a share of GDP, as Our World in Data publishes it (5 columns). */
    SIPRI_MILEX("interchange_military_burden", List.of("Entity", "Code", "Year", "Military expenditure (% of GDP)",
            "World region according to OWID"),
            List.of("entity", "source_code", "year", "share_of_gdp", "owid_region"),
            List.of("area_code", "year"), true),

    /**
     * SIPRI Arms Transfers Database trade register by delivery year (17 columns after SIPRI's preamble): one row per
     * deal and delivery year. Not a ForeignAssistance.gov layout: read by {@code SipriTradeRegisterCsv} and stored by
     * the engine's arms-transfer import, which replaces the whole register (see {@link #foreignAssistance()}).
     */
    SIPRI_ARMS_TRANSFERS("interchange_arms_transfer", List.of(
            "SIPRI AT Database ID", "Supplier", "Recipient", "Designation", "Description", "Armament category",
            "Order date", "Order date is estimate", "Numbers delivered", "Numbers delivered is estimate",
            "Delivery year", "Delivery year is estimate", "Status", "SIPRI estimate", "TIV deal unit",
            "TIV delivery values", "Local production"),
            List.of("deal_id", "supplier", "recipient", "designation", "description", "armament_category",
                    "order_year", "order_year_estimate", "numbers_delivered", "numbers_delivered_estimate",
                    "delivery_year", "delivery_year_estimate", "status", "sipri_estimate", "tiv_deal_unit",
                    "tiv_delivered", "local_production"),
            List.of("deal_id", "delivery_year")),

    /**
     * An IATI activity file (root {@code iati-activities}, versions 2.01 to 2.03): XML, not a CSV layout, so no
     * headers or columns; read by {@code iati.IatiActivityReader} and stored by the engine's IATI import, identified
     * by activity (iati-identifier), see {@link #foreignAssistance()}.
     */
    IATI_ACTIVITIES("interchange_iati_activity", List.of(), List.of(), List.of("identifier"));

    /** The country code FA.gov publishes for former states, which are told apart by their name. */
    public static final String NULL_COUNTRY_CODE = "NULL";

    private final String table;
    private final List<String> headers;
    private final List<String> columns;
    private final List<String> keyColumns;
    private final boolean countryContext;

    ImportFormat(String table, List<String> headers, List<String> columns, List<String> keyColumns) {
        this(table, headers, columns, keyColumns, false);
    }

    ImportFormat(String table, List<String> headers, List<String> columns, List<String> keyColumns,
            boolean countryContext) {
        if (headers.size() != columns.size()) {
            throw new IllegalStateException(name() + ": headers and columns differ in number");
        }
        this.table = table;
        this.headers = headers;
        this.columns = columns;
        this.keyColumns = keyColumns;
        this.countryContext = countryContext;
    }

    /**
     * A partner-country context data set (governance, conflict, military burden; {@code engine.CountryContextImport}):
     * each file is the whole data set and replaces the stored one; not a ForeignAssistance.gov layout, so none of the
     * vintage, scope or per-area aggregate machinery applies to it.
     */
    public boolean countryContext() {
        return countryContext;
    }

    public String table() {
        return table;
    }

    public List<String> headers() {
        return headers;
    }

    public List<String> columns() {
        return columns;
    }

    public List<String> keyColumns() {
        return keyColumns;
    }

    /**
     * Whether this is a ForeignAssistance.gov layout (vintages by scope, per-area aggregates, rollback); the other
     * formats are datasets of their own that an import replaces as a whole.
     */
    public boolean foreignAssistance() {
        return this == COMPLETE || this == COUNTRY_SUMMARY;
    }

    /** The table that keeps the rows an import replaced or removed, with the import that did. */
    public String replacedTable() {
        return table + "_replaced";
    }

    /**
     * In the key, the country name counts only for rows published under the code {@link #NULL_COUNTRY_CODE}
     * (the country summary); for every other code it is digested as empty.
     */
    public boolean nameOnlyUnderNullCode() {
        return keyColumns.contains("country_name");
    }

    /** Whether rows name an activity (the complete format) or only a country (the country summary). */
    public boolean hasActivities() {
        return columns.contains("activity_id");
    }

    /** The column index of the assistance objective, -1 when the format has none. */
    public int objectiveIndex() {
        return columns.indexOf("assistance_objective_id");
    }

    public int columnCount() {
        return headers.size();
    }

    public int indexOf(String column) {
        int index = columns.indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException(column);
        }
        return index;
    }

    public int fiscalYearIndex() {
        return indexOf("fiscal_year");
    }

    public int currentAmountIndex() {
        return indexOf("current_amount");
    }

    public int constantAmountIndex() {
        return indexOf("constant_amount");
    }

    public int countryCodeIndex() {
        return indexOf("country_code");
    }

    public int countryNameIndex() {
        return indexOf("country_name");
    }

    public int transactionTypeIndex() {
        return indexOf("transaction_type_id");
    }
}
