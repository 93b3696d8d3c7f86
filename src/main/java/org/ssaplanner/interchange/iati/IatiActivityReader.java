package org.ssaplanner.interchange.iati;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.ssaplanner.interchange.ImportRefusedException;

/**
 * Reads an IATI activity file (versions 2.01 to 2.03) with StAX, one activity at a time: never the whole file in
 * memory, each activity handed over once read. Hardened: a document type declaration (where external entities and
 * entity expansions live: XXE, billion laughs) refuses the file before anything in it is resolved; DTDs and external
 * entities are switched off in the parser too; every kept text is bounded. Elements of other namespaces (publisher
 * extensions such as USAID's {@code usg:}) are skipped. An activity that breaks a rule is rejected whole with the
 * element path of what was wrong (e.g. {@code /iati-activities/iati-activity[12]/transaction[3]/value}); a file that
 * is not IATI (wrong root or namespace, unsupported version, malformed XML) is refused whole.
 */
public final class IatiActivityReader {

    public static final String ROOT = "iati-activities";
    public static final Set<String> VERSIONS = Set.of("2.01", "2.02", "2.03");
    /** The longest text kept of one element (a title, a narrative, a value); longer text is cut, memory stays bounded. */
    static final int MAX_TEXT = 4_000;
    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,18}(\\.\\d{1,2})?");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    /** One activity as published (only what is stored). */
    public record Activity(long line, String path, String identifier, String reportingOrgRef, String reportingOrgName,
            String title, String recipientCountry, String status, LocalDate plannedStart, LocalDate actualStart,
            LocalDate plannedEnd, LocalDate actualEnd, String defaultCurrency, OffsetDateTime lastUpdated,
            List<Transaction> transactions, List<Budget> budgets, List<Indicator> indicators) {
    }

    public record Transaction(String ref, String typeCode, BigDecimal value, String currency, LocalDate valueDate,
            LocalDate transactionDate) {
    }

    public record Budget(String typeCode, String statusCode, LocalDate periodStart, LocalDate periodEnd,
            BigDecimal value, String currency, LocalDate valueDate) {
    }

    public record Indicator(int resultPosition, String resultType, String resultTitle, String measure, String title,
            Integer baselineYear, String baselineValue, List<Period> periods) {
    }

    public record Period(LocalDate start, LocalDate end, String target, String actual) {
    }

    /** What the reader hands over: activities and rejected activities (with the path and the reason). */
    public interface Handler {

        void activity(Activity activity);

        void rejected(long line, String path, String reasonKey, List<String> args);
    }

    private final XMLStreamReader xml;
    private final String version;
    /** The element path: names with their position among same-named siblings, in the default namespace. */
    private final Deque<String> path = new ArrayDeque<>();
    private final Deque<Map<String, Integer>> siblings = new ArrayDeque<>();

    private IatiActivityReader(XMLStreamReader xml, String version) {
        this.xml = xml;
        this.version = version;
    }

    /** A hardened StAX factory: no DTD, no external entity, no entity replaced. */
    static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setXMLResolver((publicId, systemId, base, ns) -> {
            throw new XMLStreamException("external entity refused: " + systemId);
        });
        return factory;
    }

    /**
     * Whether the file looks like XML (its first non-blank character, after a UTF-8 BOM, is {@code <}); a web page
     * (an HTML document type or root at its start) is refused as such ({@link ImportRefusedException}).
     */
    public static boolean looksLikeXml(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(512);
            String head = new String(start, java.nio.charset.StandardCharsets.ISO_8859_1).toLowerCase(java.util.Locale.ROOT);
            if (head.contains("<!doctype html") || head.contains("<html")) {
                throw new ImportRefusedException("import.refused.html");
            }
            int i = start.length >= 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB
                    && (start[2] & 0xFF) == 0xBF ? 3 : 0;
            while (i < start.length && Character.isWhitespace(start[i])) {
                i++;
            }
            return i < start.length && start[i] == '<';
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Opens the file and checks its root (an {@code iati-activities} element in no namespace, version 2.01 to 2.03);
     * {@link ImportRefusedException} with the reason otherwise. An HTML page is refused as such.
     */
    public static IatiActivityReader open(InputStream in) {
        try {
            XMLStreamReader xml = factory().createXMLStreamReader(in);
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new ImportRefusedException("import.refused.iati.doctype", line(xml));
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    String namespace = xml.getNamespaceURI();
                    if ("html".equalsIgnoreCase(name)) {
                        throw new ImportRefusedException("import.refused.html");
                    }
                    if (!ROOT.equals(name) || namespace != null && !namespace.isEmpty()) {
                        throw new ImportRefusedException("import.refused.iati.root",
                                namespace == null || namespace.isEmpty() ? name : "{" + namespace + "}" + name);
                    }
                    String version = xml.getAttributeValue(null, "version");
                    if (version == null || !VERSIONS.contains(version.strip())) {
                        throw new ImportRefusedException("import.refused.iati.version",
                                version == null ? "—" : truncate(version, 20));
                    }
                    IatiActivityReader reader = new IatiActivityReader(xml, version.strip());
                    reader.path.push("/" + ROOT);
                    reader.siblings.push(new HashMap<>());
                    return reader;
                }
            }
            throw new ImportRefusedException("import.refused.empty");
        } catch (XMLStreamException e) {
            throw malformed(e);
        }
    }

    /** The version of the file's root (2.01 to 2.03). */
    public String version() {
        return version;
    }

    /** Reads every activity to the end of the file. */
    public void read(Handler handler) {
        try {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new ImportRefusedException("import.refused.iati.doctype", line(xml));
                }
                if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw new ImportRefusedException("import.refused.iati.entity", line(xml));
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String element = enter();
                    if (element != null && element.equals("iati-activity")) {
                        readActivity(handler);
                    } else {
                        skip();
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    leave();
                }
            }
        } catch (XMLStreamException e) {
            throw malformed(e);
        }
    }

    private static ImportRefusedException malformed(XMLStreamException e) {
        String line = e.getLocation() == null ? "?" : String.valueOf(e.getLocation().getLineNumber());
        String message = e.getMessage() == null ? "" : e.getMessage();
        // the parser's words say which rule broke (an undeclared entity, an unclosed tag); they never echo the file
        int cut = message.indexOf("Message: ");
        String reason = cut >= 0 ? message.substring(cut + 9) : message;
        // an entity the file never declared (it may not declare any: a DOCTYPE is refused)
        if (reason.contains("was referenced, but not declared") || reason.contains("DOCTYPE")) {
            return new ImportRefusedException("import.refused.iati.entity", line);
        }
        return new ImportRefusedException("import.refused.iati.malformed", line, truncate(reason.strip(), 200));
    }

    private static String line(XMLStreamReader xml) {
        return String.valueOf(xml.getLocation().getLineNumber());
    }

    /**
     * Pushes the started element on the path; its local name in the default namespace, null for another namespace's
     * element (whose content is skipped).
     */
    private String enter() {
        String namespace = xml.getNamespaceURI();
        String name = xml.getLocalName();
        String shown = namespace == null || namespace.isEmpty() ? name : xml.getPrefix() + ":" + name;
        int position = siblings.peek().merge(shown, 1, Integer::sum);
        // XPath positions among same-named siblings, the first one without its [1]
        path.push(path.peek() + "/" + shown + (position == 1 ? "" : "[" + position + "]"));
        siblings.push(new HashMap<>());
        return namespace == null || namespace.isEmpty() ? name : null;
    }

    private void leave() {
        path.pop();
        siblings.pop();
    }

    private String here() {
        return path.peek();
    }

    /** Skips the current element's content (the element was entered); leaves it. */
    private void skip() throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new ImportRefusedException("import.refused.iati.entity", line(xml));
            }
        }
        leave();
    }

    /** The text content of the current element (no child elements expected; a child is skipped); leaves it. */
    private String text() throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                if (text.length() < MAX_TEXT) {
                    text.append(xml.getTextCharacters(), xml.getTextStart(),
                            Math.min(xml.getTextLength(), MAX_TEXT - text.length()));
                }
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                enter();
                skip();
            } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new ImportRefusedException("import.refused.iati.entity", line(xml));
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                leave();
                String value = text.toString().strip();
                return value.isEmpty() ? null : value;
            }
        }
    }

    /** The text of the first {@code narrative} child of the current element; leaves it. */
    private String narrative() throws XMLStreamException {
        String first = null;
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = enter();
                if ("narrative".equals(name)) {
                    String text = text();
                    if (first == null) {
                        first = text;
                    }
                } else {
                    skip();
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                leave();
                return first;
            }
        }
    }

    private String attribute(String name) {
        String value = xml.getAttributeValue(null, name);
        if (value == null || value.isBlank()) {
            return null;
        }
        return truncate(value.strip(), MAX_TEXT);
    }

    /** An activity rule broken at a path: the activity is rejected whole. */
    private static final class Rejection extends RuntimeException {

        private final String path;
        private final String key;
        private final List<String> args;

        Rejection(String path, String key, String... args) {
            super(key, null, false, false);
            this.path = path;
            this.key = key;
            this.args = List.of(args);
        }
    }

    private final class ActivityBuilder {
        final long line;
        final String path;
        String identifier;
        String reportingOrgRef;
        String reportingOrgName;
        String title;
        String recipientCountry;
        String transactionCountry;
        String status;
        final LocalDate[] dates = new LocalDate[4];
        String defaultCurrency;
        OffsetDateTime lastUpdated;
        final List<Transaction> transactions = new ArrayList<>();
        final List<Budget> budgets = new ArrayList<>();
        final List<Indicator> indicators = new ArrayList<>();
        Rejection rejection;
        int results;

        ActivityBuilder(long line, String path) {
            this.line = line;
            this.path = path;
        }

        void reject(Rejection r) {
            if (rejection == null) {
                rejection = r;
            }
        }
    }

    private void readActivity(Handler handler) throws XMLStreamException {
        ActivityBuilder a = new ActivityBuilder(xml.getLocation().getLineNumber(), here());
        try {
            a.defaultCurrency = currency(attribute("default-currency"), here() + "/@default-currency", true);
            String updated = attribute("last-updated-datetime");
            if (updated != null) {
                a.lastUpdated = dateTime(updated, here() + "/@last-updated-datetime");
            }
        } catch (Rejection r) {
            a.reject(r);
        }
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = enter();
                try {
                    child(a, name == null ? "" : name);
                } catch (Rejection r) {
                    a.reject(r);
                    // every rule is checked once its element is read to its end (and left)
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (here().equals(a.path)) {
                    leave();
                    break;
                }
                leave();
            } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new ImportRefusedException("import.refused.iati.entity", line(xml));
            }
        }
        if (a.rejection == null && a.identifier == null) {
            a.reject(new Rejection(a.path + "/iati-identifier", "import.rejected.iati.required"));
        }
        if (a.rejection == null && a.reportingOrgRef == null) {
            a.reject(new Rejection(a.path + "/reporting-org/@ref", "import.rejected.iati.required"));
        }
        if (a.rejection != null) {
            handler.rejected(a.line, a.rejection.path, a.rejection.key, a.rejection.args);
            return;
        }
        handler.activity(new Activity(a.line, a.path, a.identifier, a.reportingOrgRef, a.reportingOrgName, a.title,
                a.recipientCountry != null ? a.recipientCountry : a.transactionCountry, a.status, a.dates[0],
                a.dates[1], a.dates[2], a.dates[3], a.defaultCurrency, a.lastUpdated, List.copyOf(a.transactions),
                List.copyOf(a.budgets), List.copyOf(a.indicators)));
    }

    /** Reads one child element of an activity (entered) to its end (left), unless a rule breaks (then it throws). */
    private void child(ActivityBuilder a, String name) throws XMLStreamException {
        switch (name) {
            case "iati-identifier" -> {
                String at = here();
                a.identifier = text();
                if (a.identifier != null && a.identifier.length() > 200) {
                    throw new Rejection(at, "import.rejected.iati.tooLong", "200");
                }
            }
            case "reporting-org" -> {
                a.reportingOrgRef = attribute("ref");
                a.reportingOrgName = truncate(narrative(), 500);
                if (a.reportingOrgRef != null && a.reportingOrgRef.length() > 100) {
                    throw new Rejection(a.path + "/reporting-org/@ref", "import.rejected.iati.tooLong", "100");
                }
            }
            case "title" -> a.title = truncate(narrative(), 1000);
            case "activity-status" -> {
                a.status = truncate(attribute("code"), 10);
                skip();
            }
            case "activity-date" -> {
                String type = attribute("type");
                String at = here() + "/@iso-date";
                LocalDate date = date(attribute("iso-date"), at);
                skip();
                if (type != null && type.matches("[1-4]") && date != null) {
                    a.dates[Integer.parseInt(type) - 1] = date;
                }
            }
            case "recipient-country" -> {
                String code = attribute("code");
                String at = here() + "/@code";
                skip();
                if (a.recipientCountry == null) {
                    a.recipientCountry = country(code, at);
                }
            }
            case "transaction" -> transaction(a);
            case "budget" -> budget(a);
            case "result" -> result(a);
            default -> skip();
        }
    }

    private void transaction(ActivityBuilder a) throws XMLStreamException {
        String at = here();
        String ref = truncate(attribute("ref"), 200);
        String type = null;
        BigDecimal value = null;
        String currency = null;
        LocalDate valueDate = null;
        LocalDate transactionDate = null;
        Rejection rejection = null;
        boolean valueSeen = false;
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = enter();
                String child = here();
                try {
                    if ("transaction-type".equals(name)) {
                        type = truncate(attribute("code"), 5);
                        skip();
                    } else if ("transaction-date".equals(name)) {
                        String iso = attribute("iso-date");
                        skip();
                        transactionDate = date(iso, child + "/@iso-date");
                    } else if ("value".equals(name)) {
                        valueSeen = true;
                        String c = attribute("currency");
                        String vd = attribute("value-date");
                        String text = text();
                        currency = currency(c != null ? c : a.defaultCurrency, child + "/@currency", false);
                        valueDate = date(vd, child + "/@value-date");
                        value = decimal(text, child);
                    } else if ("recipient-country".equals(name)) {
                        String code = attribute("code");
                        skip();
                        if (a.transactionCountry == null) {
                            a.transactionCountry = country(code, child + "/@code");
                        }
                    } else {
                        skip();
                    }
                } catch (Rejection r) {
                    if (rejection == null) {
                        rejection = r;
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                leave();
                break;
            }
        }
        if (rejection != null) {
            throw rejection;
        }
        if (type == null) {
            throw new Rejection(at + "/transaction-type/@code", "import.rejected.iati.required");
        }
        if (!valueSeen) {
            throw new Rejection(at + "/value", "import.rejected.iati.required");
        }
        a.transactions.add(new Transaction(ref, type, value, currency, valueDate, transactionDate));
    }

    private void budget(ActivityBuilder a) throws XMLStreamException {
        String at = here();
        String type = truncate(attribute("type"), 5);
        String status = truncate(attribute("status"), 5);
        LocalDate start = null;
        LocalDate end = null;
        BigDecimal value = null;
        String currency = null;
        LocalDate valueDate = null;
        Rejection rejection = null;
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = enter();
                String child = here();
                try {
                    if ("period-start".equals(name) || "period-end".equals(name)) {
                        String iso = attribute("iso-date");
                        skip();
                        LocalDate date = date(iso, child + "/@iso-date");
                        if ("period-start".equals(name)) {
                            start = date;
                        } else {
                            end = date;
                        }
                    } else if ("value".equals(name)) {
                        String c = attribute("currency");
                        String vd = attribute("value-date");
                        String text = text();
                        currency = currency(c != null ? c : a.defaultCurrency, child + "/@currency", false);
                        valueDate = date(vd, child + "/@value-date");
                        value = decimal(text, child);
                    } else {
                        skip();
                    }
                } catch (Rejection r) {
                    if (rejection == null) {
                        rejection = r;
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                leave();
                break;
            }
        }
        if (rejection != null) {
            throw rejection;
        }
        if (value == null) {
            throw new Rejection(at + "/value", "import.rejected.iati.required");
        }
        a.budgets.add(new Budget(type, status, start, end, value, currency, valueDate));
    }

    private void result(ActivityBuilder a) throws XMLStreamException {
        int resultPosition = ++a.results;
        String type = truncate(attribute("type"), 5);
        String title = null;
        List<Indicator> indicators = new ArrayList<>();
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = enter();
                if ("title".equals(name)) {
                    title = truncate(narrative(), 1000);
                } else if ("indicator".equals(name)) {
                    indicators.add(indicator(resultPosition, type));
                } else {
                    skip();
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                leave();
                break;
            }
        }
        for (Indicator i : indicators) {
            a.indicators.add(new Indicator(i.resultPosition(), i.resultType(), title, i.measure(), i.title(),
                    i.baselineYear(), i.baselineValue(), i.periods()));
        }
    }

    private Indicator indicator(int resultPosition, String resultType) throws XMLStreamException {
        String measure = truncate(attribute("measure"), 5);
        String title = null;
        Integer baselineYear = null;
        String baselineValue = null;
        List<Period> periods = new ArrayList<>();
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = enter();
                if ("title".equals(name)) {
                    title = truncate(narrative(), 1000);
                } else if ("baseline".equals(name) && baselineYear == null && baselineValue == null) {
                    String year = attribute("year");
                    baselineYear = year != null && year.matches("\\d{4}") ? Integer.valueOf(year) : null;
                    baselineValue = truncate(attribute("value"), 100);
                    skip();
                } else if ("period".equals(name)) {
                    periods.add(period());
                } else {
                    skip();
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                leave();
                return new Indicator(resultPosition, resultType, null, measure, title, baselineYear, baselineValue,
                        List.copyOf(periods));
            }
        }
    }

    private Period period() throws XMLStreamException {
        LocalDate start = null;
        LocalDate end = null;
        String target = null;
        String actual = null;
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = enter();
                String child = here();
                if ("period-start".equals(name) || "period-end".equals(name)) {
                    String iso = attribute("iso-date");
                    skip();
                    LocalDate date = date(iso, child + "/@iso-date");
                    if ("period-start".equals(name)) {
                        start = date;
                    } else {
                        end = date;
                    }
                } else if ("target".equals(name) && target == null) {
                    target = truncate(attribute("value"), 100);
                    skip();
                } else if ("actual".equals(name) && actual == null) {
                    actual = truncate(attribute("value"), 100);
                    skip();
                } else {
                    skip();
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                leave();
                return new Period(start, end, target, actual);
            }
        }
    }

    // ------------------------------------------------------------------ values

    private static LocalDate date(String value, String at) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        } catch (DateTimeParseException e) {
            throw new Rejection(at, "import.rejected.iati.date", truncate(value, 40));
        }
    }

    private static OffsetDateTime dateTime(String value, String at) {
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            try {
                // IATI allows a date-time without an offset: read as UTC
                return java.time.LocalDateTime.parse(value).atOffset(java.time.ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                throw new Rejection(at, "import.rejected.iati.date", truncate(value, 40));
            }
        }
    }

    private static BigDecimal decimal(String value, String at) {
        if (value == null) {
            throw new Rejection(at, "import.rejected.iati.required");
        }
        if (!DECIMAL.matcher(value).matches()) {
            throw new Rejection(at, "import.rejected.iati.decimal", truncate(value, 40));
        }
        return new BigDecimal(value);
    }

    private static String currency(String value, String at, boolean optional) {
        if (value == null) {
            if (optional) {
                return null;
            }
            throw new Rejection(at, "import.rejected.iati.currency", "—");
        }
        if (!CURRENCY.matcher(value).matches()) {
            throw new Rejection(at, "import.rejected.iati.currency", truncate(value, 10));
        }
        return value;
    }

    private static String country(String value, String at) {
        if (value == null) {
            return null;
        }
        if (!COUNTRY.matcher(value).matches()) {
            throw new Rejection(at, "import.rejected.iati.country", truncate(value, 10));
        }
        return value;
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
