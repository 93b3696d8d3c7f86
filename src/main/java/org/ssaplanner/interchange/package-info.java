/**
 * Interchange: ForeignAssistance.gov imports and the country picture built from them, and the partner-country
 * context data sets (governance, conflict, military burden).
 *
 * <ul>
 * <li>{@link org.ssaplanner.interchange.ImportService}: upload (ADMIN and PLANNER: the data are public and shared,
 * planners need them before writing a plan), history and progress (every signed-in user), run a failed import
 * again (ADMIN or the uploader), roll back (ADMIN). Imports are queued in the import log and run in the background on
 * any instance, each in ONE transaction (rows not stored yet COPYed straight into the final table, rows identical to
 * stored ones only noted), so no partial import is ever visible; it commits durably before its file is deleted.</li>
 * <li>Bad input policy: a row wrong on its own (column count, amount, fiscal year, repeated natural key) is
 * rejected and listed with its line number and reason while the other rows are imported; a file that cannot
 * be read as a whole (empty, not UTF-8, HTML, unknown header, broken quoting, more than 50,000 bad rows) is
 * refused whole and nothing from it is stored.</li>
 * <li>Vintages: each import has a scope computed from its file (per country: the fiscal years x transaction types
 * x assistance objectives it holds; in the country summary the country code is the identity, the name only tells
 * apart the rows published under the code NULL). Within its scope the stored rows become exactly the file's rows:
 * rows identical to stored ones stay untouched, rows the file no longer has are moved to history tables
 * ({@code *_replaced}, with the import that replaced them), changed and new rows are inserted; outside the scope
 * nothing changes. The current tables so always hold exactly the current vintage. What changed (rows added,
 * removed, changed, reclassified; amounts per country, fiscal year and transaction type and per activity) is
 * computed in SQL when the import runs and kept for the import page. An administrator can roll back the latest
 * import of a scope, which restores the previous vintage exactly. A file identical (SHA-256) to that of an import
 * whose data are still current is recorded at once as identical, without reading it.</li>
 * <li>Every import that changed rows and every rollback rebuilds, inside its transaction, the per-area aggregates
 * of its scope's countries that the country pages and the countries index read ({@code AreaAggregates}).</li>
 * <li>"Create a program from this activity": {@code ProgramsFromActivities} implements the programs module's
 * {@link org.ssaplanner.programs.ProgramOrigin}: it pre-fills the new-program form from an activity and links the
 * saved program to the published activity (country code, activity id), not to its rows, so the link survives newer
 * vintages and rollbacks ({@link org.ssaplanner.interchange.ImportedActivityLinks}).</li>
 * <li>{@link org.ssaplanner.interchange.MappingService}: FA.gov agencies/bureaus to SSA Planner agencies (exact
 * code/name automatically, the rest by an administrator once), funding accounts to authorities (seeded),
 * DAC purpose codes to CRS sectors, US sectors to capability domains.</li>
 * <li>{@link org.ssaplanner.interchange.CountryPictureService}: the figures of /countries/{iso3}, all aggregated
 * in SQL.</li>
 * <li>Partner-country context from real data ({@link org.ssaplanner.interchange.CountryContextService}): the World
 * Bank Worldwide Governance Indicators, the UCDP/PRIO Armed Conflict Dataset and SIPRI military expenditure as a
 * share of GDP are imported at /imports like the FA.gov files (format from the header, the import log, progress,
 * line-numbered rejections, one transaction), each file as the whole data set that the stored one becomes
 * ({@code engine.CountryContextImport}); source codes (World Bank, Our World in Data, Gleditsch-Ward) are mapped to
 * area codes. Per area and year: the six WGI estimates, the conflict intensity and the military burden, for the
 * country page's section and for modules that weigh risk.</li>
 * <li>SIPRI Arms Transfers Database: the trade register by delivery year is an import format of the same engine
 * ({@link org.ssaplanner.interchange.ImportFormat#SIPRI_ARMS_TRANSFERS}: the same upload at /imports, detection from
 * its header after SIPRI's preamble, queue, progress, line-numbered rejections and one transaction). A register of all
 * suppliers to all recipients replaces the stored register as a whole (identical rows untouched, the others kept in a
 * history table); SIPRI's names map to ISO codes through a table ({@code interchange_sipri_name}), and the names that
 * map to no country are listed on the import's page. {@link org.ssaplanner.interchange.CompetitionService}: the figures
 * of /countries/{iso3}/competition and the line on the country page, all aggregated in SQL.</li>
 * <li>IATI 2.03 export ({@link org.ssaplanner.interchange.IatiExportService}): {@code /plans/{id}/iati.xml} and
 * {@code /iati/activities.xml?country=&fy=}, one activity per program, written element by element
 * ({@code iati.IatiActivityWriter}) from the programs, plans, agencies and evaluations APIs; valid against the
 * official schema (tested). Recipient units, vetting, incidents, compliance, waivers and internal assessments are
 * never read for it.</li>
 * <li>IATI import ({@link org.ssaplanner.interchange.ImportFormat#IATI_ACTIVITIES}): IATI 2.01-2.03 activity files
 * on the same upload, queue and progress as the FA.gov files, streamed and hardened ({@code iati.IatiActivityReader}:
 * no DOCTYPE, no entity), stored by activity identifier ({@code engine.IatiActivityImport}); the country picture
 * shows them per publisher and reconciles them with the FA.gov activities by project number
 * ({@link org.ssaplanner.interchange.IatiPicture}).</li>
 * <li>Plans are read through the plans API: which agencies take part in a country's plans (the call-out of
 * agencies active in the country but absent from its plan), and which plan "create a program from this activity"
 * leads to.</li>
 * </ul>
 */
@ApplicationModule(displayName = "Interchange (imports and exports)", allowedDependencies = {"agencies",
        "evaluations", "plans", "programs", "reference", "shared"})
package org.ssaplanner.interchange;

import org.springframework.modulith.ApplicationModule;
