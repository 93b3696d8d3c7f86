/**
 * Interchange: ForeignAssistance.gov imports and the country picture built from them.
 *
 * <ul>
 * <li>{@link org.ssaplanner.interchange.ImportService}: upload (ADMIN and PLANNER: the data are public and shared,
 * planners need them before writing a plan), history and progress (every signed-in user), run a failed import
 * again (ADMIN or the uploader). Imports are queued in the import log and run in the background on any
 * instance, each in ONE transaction (new rows COPYed straight into the final table, rows already stored
 * compared through a staging table), so no partial import is ever visible.</li>
 * <li>Bad input policy: a row wrong on its own (column count, amount, fiscal year, repeated natural key) is
 * rejected and listed with its line number and reason while the other rows are imported; a file that cannot
 * be read as a whole (empty, not UTF-8, HTML, unknown header, broken quoting, more than 50,000 bad rows) is
 * refused whole and nothing from it is stored.</li>
 * <li>Idempotence: the SHA-256 of each file is recorded (an identical file is flagged "same file as import n");
 * every row has a natural key (md5 of the identifying columns), so re-importing changes nothing and a newer
 * vintage updates the rows whose published values changed and adds new ones. Rows missing from a newer
 * vintage are kept (FA.gov downloads are often partial extracts).</li>
 * <li>{@link org.ssaplanner.interchange.MappingService}: FA.gov agencies/bureaus to SSA Planner agencies (exact
 * code/name automatically, the rest by an administrator once), funding accounts to authorities (seeded),
 * DAC purpose codes to CRS sectors, US sectors to capability domains.</li>
 * <li>{@link org.ssaplanner.interchange.CountryPictureService}: the figures of /countries/{iso3}, all aggregated
 * in SQL.</li>
 * <li>Extension points for modules built in parallel: {@link org.ssaplanner.interchange.CountryPlanParticipation}
 * (plans) and {@link org.ssaplanner.interchange.ProgramFromActivityLink} (programs), both optional beans.</li>
 * </ul>
 */
package org.ssaplanner.interchange;
