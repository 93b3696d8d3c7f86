package org.ssaplanner.workforce;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.agencies.AgencySummary;
import org.ssaplanner.reference.CountryRef;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.shared.FieldValidationException;
import org.ssaplanner.shared.FieldValidationException.Violation;
import org.ssaplanner.shared.csv.SpreadsheetCsv;
import org.ssaplanner.workforce.domain.CertificationLevel;
import org.ssaplanner.workforce.domain.CertificationLevelRepository;
import org.ssaplanner.workforce.domain.FunctionalArea;
import org.ssaplanner.workforce.domain.FunctionalAreaRepository;
import org.ssaplanner.workforce.domain.Person;
import org.ssaplanner.workforce.domain.PersonRepository;
import org.ssaplanner.workforce.domain.Position;
import org.ssaplanner.workforce.domain.PositionRepository;

/**
 * The workforce roster as CSV (issue 16, item 6): one format for people and positions, documented in
 * {@code docs/workforce-roster.md} with the example {@code static/workforce/roster-example.csv}. An import is
 * checked row by row and saved all or nothing: every problem is reported with its line and column and, when there
 * is any, nothing of the file is kept (one transaction, rolled back). People come before positions, so that a
 * position names its holder by the employee number of a person of the same file or of one already stored. Exports
 * write the same format, so an export reads back in; text cells a spreadsheet would run as a formula get a leading
 * single quote ({@link SpreadsheetCsv}), which the import takes off again.
 */
@Service
@Transactional(readOnly = true)
public class RosterService {

    /** The columns of the roster, in the order exports write them (imports accept any order). */
    public static final List<String> COLUMNS = List.of("record", "agency", "name", "category", "date_of_birth",
            "employee_number", "contact", "post_type", "post_name", "country", "functional_area", "required_level",
            "authorized", "holder_employee_number", "filled_from", "filled_to");

    /** The most rows one file may hold. */
    public static final int MAX_ROWS = 5_000;

    static final String PERSON = "PERSON";
    static final String POSITION = "POSITION";

    /** Where a service's field message goes in the file. */
    private static final Map<String, String> COLUMN_OF_FIELD = Map.ofEntries(Map.entry("name", "name"),
            Map.entry("title", "name"), Map.entry("agencyId", "agency"), Map.entry("category", "category"),
            Map.entry("dateOfBirth", "date_of_birth"), Map.entry("employeeNumber", "employee_number"),
            Map.entry("contact", "contact"), Map.entry("postType", "post_type"), Map.entry("postName", "post_name"),
            Map.entry("countryId", "country"), Map.entry("areaId", "functional_area"),
            Map.entry("requiredLevelId", "required_level"), Map.entry("personId", "holder_employee_number"),
            Map.entry("filledFrom", "filled_from"), Map.entry("filledTo", "filled_to"));

    private final WorkforceValidator workforce;
    private final WorkforcePermissions permissions;
    private final PersonRepository people;
    private final PositionRepository positions;
    private final FunctionalAreaRepository areas;
    private final CertificationLevelRepository levels;
    private final AgencyService agencies;
    private final ReferenceDataService reference;

    RosterService(WorkforceValidator workforce, WorkforcePermissions permissions, PersonRepository people,
            PositionRepository positions, FunctionalAreaRepository areas, CertificationLevelRepository levels,
            AgencyService agencies, ReferenceDataService reference) {
        this.workforce = workforce;
        this.permissions = permissions;
        this.people = people;
        this.positions = positions;
        this.areas = areas;
        this.levels = levels;
        this.agencies = agencies;
        this.reference = reference;
    }

    // ---- import

    /**
     * Reads a roster and saves its people and positions, or nothing: {@link RosterRejectedException} lists every
     * problem (line and column) when there is any, and the transaction is rolled back. Rows of an agency the user
     * may not maintain are problems of their own (an administrator, or a planner of the agency or one above it).
     */
    @PreAuthorize("@workforcePermissions.canAdd(authentication)")
    @Transactional(rollbackFor = RosterRejectedException.class)
    public RosterResult importRoster(InputStream in) {
        List<Row> rows = read(in);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        Lookups lookups = new Lookups();
        List<RosterProblem> problems = new ArrayList<>();
        Map<String, Long> personByEmployeeNumber = new HashMap<>();
        int peopleSaved = 0;
        int positionsSaved = 0;
        for (Row row : rows) {
            if (row.record() == null) {
                problems.add(row.problem("record", "workforce.roster.record.unknown", row.raw("record")));
            }
        }
        for (Row row : rows) {
            if (PERSON.equals(row.record())) {
                Long id = person(row, lookups, authentication, problems);
                if (id != null) {
                    peopleSaved++;
                    String number = row.value("employee_number");
                    if (number != null) {
                        personByEmployeeNumber.put(number, id);
                    }
                }
            }
        }
        for (Row row : rows) {
            if (POSITION.equals(row.record()) && position(row, lookups, personByEmployeeNumber, authentication,
                    problems)) {
                positionsSaved++;
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingLong(RosterProblem::line));
            throw new RosterRejectedException(problems);
        }
        return new RosterResult(peopleSaved, positionsSaved);
    }

    private Long person(Row row, Lookups lookups, Authentication authentication, List<RosterProblem> problems) {
        int before = problems.size();
        Long agencyId = agency(row, lookups, authentication, problems);
        WorkforceCategory category = category(row, problems);
        LocalDate dateOfBirth = date(row, "date_of_birth", problems);
        length(row, "name", 200, problems);
        length(row, "employee_number", 40, problems);
        length(row, "contact", 300, problems);
        if (problems.size() > before) {
            return null;
        }
        PersonCommand command = new PersonCommand(row.value("name"), agencyId, category, dateOfBirth,
                row.value("employee_number"), row.value("contact"), null);
        try {
            workforce.validate(command, null);
        } catch (FieldValidationException e) {
            violations(row, e, problems);
            return null;
        }
        return people.saveAndFlush(new Person(command.name().trim(), agencyId, category, dateOfBirth,
                command.employeeNumber(), command.contact(), null)).getId();
    }

    private boolean position(Row row, Lookups lookups, Map<String, Long> personByEmployeeNumber,
            Authentication authentication, List<RosterProblem> problems) {
        int before = problems.size();
        Long agencyId = agency(row, lookups, authentication, problems);
        WorkforceCategory category = category(row, problems);
        PostType postType = null;
        String post = row.value("post_type");
        if (post == null) {
            problems.add(row.problem("post_type", "workforce.position.post.required"));
        } else {
            try {
                postType = PostType.valueOf(post.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(row.problem("post_type", "workforce.roster.value.unknown", post));
            }
        }
        Long countryId = null;
        String country = row.value("country");
        if (country != null) {
            countryId = reference.countryByCode(country).map(CountryRef::id).orElse(null);
            if (countryId == null) {
                problems.add(row.problem("country", "workforce.roster.value.unknown", country));
            }
        }
        Long areaId = null;
        String area = row.value("functional_area");
        if (area != null) {
            areaId = lookups.areaByCode.containsKey(area.toUpperCase(Locale.ROOT))
                    ? lookups.areaByCode.get(area.toUpperCase(Locale.ROOT)).getId() : null;
            if (areaId == null) {
                problems.add(row.problem("functional_area", "workforce.roster.value.unknown", area));
            }
        }
        Long levelId = null;
        String level = row.value("required_level");
        if (level != null) {
            levelId = lookups.level(level).map(CertificationLevel::getId).orElse(null);
            if (levelId == null) {
                problems.add(row.problem("required_level", "workforce.roster.value.unknown", level));
            }
        }
        Boolean authorized = yesNo(row, problems);
        Long personId = null;
        String holder = row.value("holder_employee_number");
        if (holder != null) {
            personId = personByEmployeeNumber.get(holder);
            if (personId == null) {
                List<Person> stored = people.findByEmployeeNumber(holder);
                if (stored.size() == 1) {
                    personId = stored.get(0).getId();
                } else {
                    problems.add(row.problem("holder_employee_number", stored.isEmpty()
                            ? "workforce.roster.holder.unknown" : "workforce.roster.holder.ambiguous", holder));
                }
            }
        }
        LocalDate from = date(row, "filled_from", problems);
        LocalDate to = date(row, "filled_to", problems);
        length(row, "name", 200, problems);
        length(row, "post_name", 200, problems);
        if (problems.size() > before) {
            return false;
        }
        PositionCommand command = new PositionCommand(row.value("name"), agencyId, postType, row.value("post_name"),
                countryId, category, areaId, levelId, authorized, personId, from, to);
        try {
            workforce.validate(command);
        } catch (FieldValidationException e) {
            violations(row, e, problems);
            return false;
        }
        positions.saveAndFlush(new Position(command));
        return true;
    }

    private Long agency(Row row, Lookups lookups, Authentication authentication, List<RosterProblem> problems) {
        String code = row.value("agency");
        if (code == null) {
            problems.add(row.problem("agency", "workforce.agency.required"));
            return null;
        }
        AgencySummary agency = lookups.agencyByCode.get(code.toUpperCase(Locale.ROOT));
        if (agency == null) {
            problems.add(row.problem("agency", "workforce.roster.value.unknown", code));
            return null;
        }
        if (!agency.active()) {
            problems.add(row.problem("agency", "workforce.agency.inactive"));
            return null;
        }
        if (!permissions.canMaintainAgency(agency.id(), authentication)) {
            problems.add(row.problem("agency", "workforce.roster.agency.forbidden", agency.code()));
            return null;
        }
        return agency.id();
    }

    private static WorkforceCategory category(Row row, List<RosterProblem> problems) {
        String value = row.value("category");
        if (value == null) {
            problems.add(row.problem("category", "workforce.category.required"));
            return null;
        }
        try {
            return WorkforceCategory.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(row.problem("category", "workforce.roster.value.unknown", value));
            return null;
        }
    }

    private static LocalDate date(Row row, String column, List<RosterProblem> problems) {
        String value = row.value(column);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(row.problem(column, "workforce.roster.date", value));
            return null;
        }
    }

    private static boolean yesNo(Row row, List<RosterProblem> problems) {
        String value = row.value("authorized");
        if (value == null) {
            return true;
        }
        switch (value.toLowerCase(Locale.ROOT)) {
            case "yes", "true", "y", "1":
                return true;
            case "no", "false", "n", "0":
                return false;
            default:
                problems.add(row.problem("authorized", "workforce.roster.yesno", value));
                return false;
        }
    }

    private static void length(Row row, String column, int max, List<RosterProblem> problems) {
        String value = row.value(column);
        if (value != null && value.length() > max) {
            problems.add(row.problem(column, "workforce.roster.length", max));
        }
    }

    private static void violations(Row row, FieldValidationException e, List<RosterProblem> problems) {
        for (Violation v : e.violations()) {
            problems.add(new RosterProblem(row.line(), COLUMN_OF_FIELD.getOrDefault(v.field(), v.field()),
                    v.messageKey(), v.arguments()));
        }
    }

    /** One data row: its line, its record kind (null when unknown) and its cells by column. */
    private record Row(long line, String record, Map<String, String> cells) {

        String raw(String column) {
            return cells.getOrDefault(column, "");
        }

        /** The trimmed cell, null when empty; a leading quote that an export put before = + - @ is taken off. */
        String value(String column) {
            String value = cells.get(column);
            if (value == null) {
                return null;
            }
            value = value.strip();
            if (value.length() > 1 && value.charAt(0) == '\'' && "=+-@".indexOf(value.charAt(1)) >= 0) {
                value = value.substring(1);
            }
            return value.isEmpty() ? null : value;
        }

        RosterProblem problem(String column, String key, Object... arguments) {
            return new RosterProblem(line, column, key, List.of(arguments));
        }
    }

    private final class Lookups {
        final Map<String, AgencySummary> agencyByCode = agencies.tree().stream()
                .collect(Collectors.toMap(a -> a.code().toUpperCase(Locale.ROOT), Function.identity(), (a, b) -> a));
        final Map<String, FunctionalArea> areaByCode = areas.findAll().stream()
                .collect(Collectors.toMap(a -> a.getCode().toUpperCase(Locale.ROOT), Function.identity(), (a, b) -> a));
        final List<CertificationLevel> allLevels = levels.findAll();

        /** A level by {@code SCHEME:CODE}, or by its code alone when only one scheme has it. */
        Optional<CertificationLevel> level(String value) {
            String wanted = value.toUpperCase(Locale.ROOT);
            int colon = wanted.indexOf(':');
            List<CertificationLevel> found = allLevels.stream().filter(l -> colon < 0
                    ? l.getCode().equalsIgnoreCase(wanted)
                    : l.getScheme().equalsIgnoreCase(wanted.substring(0, colon))
                            && l.getCode().equalsIgnoreCase(wanted.substring(colon + 1))).toList();
            return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
        }
    }

    /** The rows of the file; a file that cannot be read as a roster at all is one problem on its line. */
    private static List<Row> read(InputStream in) {
        try (InputStreamReader reader = new InputStreamReader(withoutBom(in), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
                CloseableIterator<CsvRecord> records = CsvReader.builder().skipEmptyLines(true)
                        .allowExtraFields(true).allowMissingFields(true).ofCsvRecord(reader).iterator()) {
            CsvRecord header = next(records, 1);
            if (header == null) {
                throw refused(1, "workforce.roster.empty");
            }
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < header.getFieldCount(); i++) {
                index.putIfAbsent(header.getField(i).strip().toLowerCase(Locale.ROOT), i);
            }
            List<String> missing = COLUMNS.stream().filter(c -> !index.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw refused(header.getStartingLineNumber(), "workforce.roster.header", String.join(", ", missing));
            }
            List<Row> rows = new ArrayList<>();
            CsvRecord record;
            while ((record = next(records, rows.size() + 2L)) != null) {
                if (rows.size() == MAX_ROWS) {
                    throw refused(record.getStartingLineNumber(), "workforce.roster.too-many", MAX_ROWS);
                }
                Map<String, String> cells = new HashMap<>();
                for (String column : COLUMNS) {
                    int i = index.get(column);
                    cells.put(column, i < record.getFieldCount() ? record.getField(i) : null);
                }
                String kind = cells.get("record") == null ? "" : cells.get("record").strip().toUpperCase(Locale.ROOT);
                rows.add(new Row(record.getStartingLineNumber(), PERSON.equals(kind) || POSITION.equals(kind)
                        ? kind : null, cells));
            }
            if (rows.isEmpty()) {
                throw refused(header.getStartingLineNumber(), "workforce.roster.empty");
            }
            return rows;
        } catch (IOException e) {
            throw refused(1, "workforce.roster.unreadable");
        }
    }

    private static CsvRecord next(CloseableIterator<CsvRecord> records, long line) {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException | CsvParseException e) {
            throw refused(line, "workforce.roster.unreadable");
        }
    }

    private static RosterRejectedException refused(long line, String key, Object... arguments) {
        return new RosterRejectedException(List.of(new RosterProblem(line, "", key, List.of(arguments))));
    }

    private static InputStream withoutBom(InputStream in) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in);
        buffered.mark(3);
        byte[] bom = buffered.readNBytes(3);
        if (!(bom.length == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF)) {
            buffered.reset();
        }
        return buffered;
    }

    // ---- export

    /**
     * One page of the people as roster rows (cells in the order of {@link #COLUMNS}), by name. Date of birth and
     * employee number only of the people whose personal data the user may see (empty for the others). A download
     * reads the pages in turn ({@code shared.web.SheetDownload}), so the export streams whatever the roster's size.
     */
    @PreAuthorize("isAuthenticated()")
    public Page<List<Object>> peopleRows(Pageable pageable) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        Map<Long, AgencySummary> agencyById = agencyById();
        return people.findAll(PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("name", "id")))
                .map(p -> {
                    boolean personal = permissions.canSeePersonalData(p.getAgencyId(), authentication);
                    return Arrays.asList(PERSON, code(agencyById, p.getAgencyId()), p.getName(),
                            p.getCategory().name(), personal ? p.getDateOfBirth() : null,
                            personal ? p.getEmployeeNumber() : null, p.getContact(), null, null, null, null, null,
                            null, null, null, null);
                });
    }

    /**
     * One page of the positions as roster rows, by agency and title; the holder by employee number where the user
     * may see it.
     */
    @PreAuthorize("isAuthenticated()")
    public Page<List<Object>> positionRows(Pageable pageable) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        Map<Long, AgencySummary> agencyById = agencyById();
        Map<Long, String> countries = reference.countries().stream()
                .collect(Collectors.toMap(CountryRef::id, CountryRef::alpha2));
        Map<Long, String> areaCodes = areas.findAll().stream()
                .collect(Collectors.toMap(FunctionalArea::getId, FunctionalArea::getCode));
        Map<Long, String> levelCodes = levels.findAll().stream()
                .collect(Collectors.toMap(CertificationLevel::getId, l -> l.getScheme() + ":" + l.getCode()));
        Page<Position> page = positions.findAll(PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by("agencyId", "title", "id")));
        Map<Long, Person> holders = people.findAllById(page.getContent().stream().map(Position::getPersonId)
                .filter(Objects::nonNull).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Person::getId, Function.identity()));
        return page.map(p -> {
            Person holder = p.getPersonId() == null ? null : holders.get(p.getPersonId());
            String holderNumber = holder != null && permissions.canSeePersonalData(holder.getAgencyId(), authentication)
                    ? holder.getEmployeeNumber() : null;
            return Arrays.asList(POSITION, code(agencyById, p.getAgencyId()), p.getTitle(), p.getCategory().name(),
                    null, null, null, p.getPostType().name(), p.getPostName(),
                    p.getCountryId() == null ? null : countries.get(p.getCountryId()),
                    p.getAreaId() == null ? null : areaCodes.get(p.getAreaId()),
                    p.getRequiredLevelId() == null ? null : levelCodes.get(p.getRequiredLevelId()),
                    p.isAuthorized() ? "yes" : "no", holderNumber, p.getFilledFrom(), p.getFilledTo());
        });
    }

    private Map<Long, AgencySummary> agencyById() {
        return agencies.tree().stream().collect(Collectors.toMap(AgencySummary::id, Function.identity()));
    }

    private static String code(Map<Long, AgencySummary> agencyById, long id) {
        AgencySummary agency = agencyById.get(id);
        return agency == null ? "?" : agency.code();
    }
}
