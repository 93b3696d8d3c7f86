package org.ssaplanner.interchange.iati;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.context.MessageSource;
import org.ssaplanner.agencies.AgencySummary;
import org.ssaplanner.evaluations.Direction;
import org.ssaplanner.evaluations.IndicatorForExport;
import org.ssaplanner.evaluations.IndicatorMeasure;
import org.ssaplanner.evaluations.MeasureValue;
import org.ssaplanner.interchange.IatiProperties;
import org.ssaplanner.programs.FundingLineView;
import org.ssaplanner.programs.ProgramForExport;
import org.ssaplanner.programs.ProgramStatus;
import org.ssaplanner.reference.MetricLevel;

/**
 * Writes an IATI 2.03 activity file, one {@code iati-activity} per program, element by element (StAX) in the order
 * the schema's sequence requires. Money is in US dollars, each kind apart: allocated money as budgets per fiscal year,
 * obligations as outgoing commitments (2), disbursements as disbursements (3); requested money is not published.
 */
public final class IatiActivityWriter implements AutoCloseable {

    /** Characters XML 1.0 cannot hold at all (control characters pasted into a text): left out of the file. */
    private static final Pattern XML_1_0_INVALID = Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");

    private static final String CURRENCY = "USD";
    private static final String GOVERNMENT = "10";
    private static final String ROLE_FUNDING = "1";
    private static final String ROLE_EXTENDING = "3";
    private static final String ROLE_IMPLEMENTING = "4";

    private final XMLStreamWriter xml;
    private final IatiProperties publisher;
    private final LocalDate today;
    private final MessageSource messages;

    public IatiActivityWriter(OutputStream out, IatiProperties publisher, Instant generated, LocalDate today,
            MessageSource messages) throws XMLStreamException {
        this.xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        this.publisher = publisher;
        this.today = today;
        this.messages = messages;
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("iati-activities");
        xml.writeAttribute("version", "2.03");
        xml.writeAttribute("generated-datetime", generated.truncatedTo(ChronoUnit.SECONDS).toString());
    }

    /** The activities of one plan's programs. */
    public void write(IatiPlan plan) throws XMLStreamException {
        for (ProgramForExport program : plan.programs()) {
            activity(plan, program);
        }
    }

    @Override
    public void close() throws XMLStreamException {
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }

    private void activity(IatiPlan plan, ProgramForExport program) throws XMLStreamException {
        xml.writeStartElement("iati-activity");
        if (program.updatedAt() != null) {
            xml.writeAttribute("last-updated-datetime", program.updatedAt().truncatedTo(ChronoUnit.SECONDS).toString());
        }
        xml.writeAttribute(XMLConstants.XML_NS_PREFIX, XMLConstants.XML_NS_URI, "lang", "en");
        xml.writeAttribute("default-currency", CURRENCY);

        textElement("iati-identifier", publisher.activityIdentifier(program.id()));
        organisation("reporting-org", null, publisher.reportingOrgRef(), publisher.reportingOrgType(),
                publisher.reportingOrgName());
        narrativeElement("title", program.title());
        if (program.description() != null && !program.description().isBlank()) {
            xml.writeStartElement("description");
            xml.writeAttribute("type", "1");
            narrative(program.description());
            xml.writeEndElement();
        }
        organisation("participating-org", ROLE_FUNDING, publisher.reportingOrgRef(), publisher.reportingOrgType(),
                publisher.reportingOrgName());
        agency(plan, program.leadAgencyId(), ROLE_EXTENDING);
        for (Long supporting : program.supportingAgencyIds().stream().sorted().toList()) {
            agency(plan, supporting, ROLE_IMPLEMENTING);
        }
        emptyElement("activity-status", "code", IatiCodes.activityStatus(program.status(), program.fundingLines()));
        activityDate("1", program.startDate());
        if (started(program)) {
            activityDate("2", program.startDate());
        }
        activityDate("3", program.endDate());

        xml.writeEmptyElement("recipient-country");
        xml.writeAttribute("code", plan.country().alpha2());
        xml.writeAttribute("percentage", "100");
        for (Map.Entry<String, BigDecimal> sector : IatiCodes.sectorShares(program.capabilityDomainCodes(),
                plan.sectorOfDomain()).entrySet()) {
            xml.writeEmptyElement("sector");
            xml.writeAttribute("vocabulary", "1");
            xml.writeAttribute("code", sector.getKey());
            xml.writeAttribute("percentage", IatiCodes.decimal(sector.getValue()));
        }
        budgets(program.fundingLines());
        transactions(program.fundingLines());
        results(plan, plan.indicatorsByProgram().getOrDefault(program.id(), List.of()));
        xml.writeEndElement();
    }

    private boolean started(ProgramForExport program) {
        return program.status() != ProgramStatus.PROPOSED && program.status() != ProgramStatus.TERMINATED
                && !program.startDate().isAfter(today);
    }

    private void agency(IatiPlan plan, long agencyId, String role) throws XMLStreamException {
        AgencySummary agency = plan.agencies().get(agencyId);
        if (agency != null) {
            organisation("participating-org", role, null, GOVERNMENT, agency.name());
        }
    }

    private void organisation(String element, String role, String ref, String type, String name)
            throws XMLStreamException {
        xml.writeStartElement(element);
        if (ref != null) {
            xml.writeAttribute("ref", ref);
        }
        xml.writeAttribute("type", type);
        if (role != null) {
            xml.writeAttribute("role", role);
        }
        narrative(name);
        xml.writeEndElement();
    }

    private void activityDate(String type, LocalDate date) throws XMLStreamException {
        xml.writeEmptyElement("activity-date");
        xml.writeAttribute("type", type);
        xml.writeAttribute("iso-date", date.toString());
    }

    /** One indicative budget per fiscal year: the allocated money of all its accounts (one kind of money). */
    private void budgets(List<FundingLineView> lines) throws XMLStreamException {
        SortedMap<Integer, BigDecimal> allocated = new TreeMap<>();
        lines.forEach(l -> allocated.merge(l.fiscalYear(), l.allocated(), BigDecimal::add));
        for (Map.Entry<Integer, BigDecimal> year : allocated.entrySet()) {
            if (year.getValue().signum() <= 0) {
                continue;
            }
            LocalDate start = IatiCodes.fiscalYearStart(year.getKey());
            xml.writeStartElement("budget");
            xml.writeAttribute("type", "1");
            xml.writeAttribute("status", "1");
            emptyElement("period-start", "iso-date", start.toString());
            emptyElement("period-end", "iso-date", IatiCodes.fiscalYearEnd(year.getKey()).toString());
            value(year.getValue(), start);
            xml.writeEndElement();
        }
    }

    private void transactions(List<FundingLineView> lines) throws XMLStreamException {
        for (FundingLineView line : lines) {
            transaction("2", line, line.obligated(), "iati.transaction.obligated");
            transaction("3", line, line.disbursed(), "iati.transaction.disbursed");
        }
    }

    private void transaction(String type, FundingLineView line, BigDecimal amount, String descriptionKey)
            throws XMLStreamException {
        if (amount == null || amount.signum() <= 0) {
            return;
        }
        LocalDate date = IatiCodes.transactionDate(line.fiscalYear(), today);
        xml.writeStartElement("transaction");
        emptyElement("transaction-type", "code", type);
        emptyElement("transaction-date", "iso-date", date.toString());
        value(amount, date);
        narrativeElement("description", text(descriptionKey, String.valueOf(line.fiscalYear()), line.fundingAccount()));
        xml.writeEndElement();
    }

    private void value(BigDecimal amount, LocalDate valueDate) throws XMLStreamException {
        xml.writeStartElement("value");
        xml.writeAttribute("currency", CURRENCY);
        xml.writeAttribute("value-date", valueDate.toString());
        xml.writeCharacters(IatiCodes.decimal(amount));
        xml.writeEndElement();
    }

    /**
     * One result per plan outcome and level (the outcome's title; "results of the program" for indicators linked to no
     * outcome), holding its indicators; input indicators have no IATI result type and are left out.
     */
    private void results(IatiPlan plan, List<IndicatorForExport> indicators) throws XMLStreamException {
        Map<ResultKey, List<IndicatorForExport>> results = new LinkedHashMap<>();
        indicators.stream().filter(i -> IatiCodes.resultType(i.level()).isPresent())
                .sorted(Comparator.comparing((IndicatorForExport i) -> i.planOutcomeId() == null ? 1 : 0)
                        .thenComparing(i -> i.planOutcomeId() == null ? 0L : i.planOutcomeId())
                        .thenComparing(IndicatorForExport::level))
                .forEach(i -> results.computeIfAbsent(new ResultKey(i.planOutcomeId(), i.level()),
                        k -> new ArrayList<>()).add(i));
        for (Map.Entry<ResultKey, List<IndicatorForExport>> result : results.entrySet()) {
            xml.writeStartElement("result");
            xml.writeAttribute("type", IatiCodes.resultType(result.getKey().level()).orElseThrow());
            String outcome = result.getKey().outcomeId() == null ? null
                    : plan.outcomeTitles().get(result.getKey().outcomeId());
            narrativeElement("title", Objects.requireNonNullElseGet(outcome, () -> text("iati.result.program")));
            for (IndicatorForExport indicator : result.getValue()) {
                indicator(indicator);
            }
            xml.writeEndElement();
        }
    }

    private void indicator(IndicatorForExport indicator) throws XMLStreamException {
        xml.writeStartElement("indicator");
        xml.writeAttribute("measure", indicator.measure().iatiCode());
        if (indicator.measure() != IndicatorMeasure.QUALITATIVE) {
            xml.writeAttribute("ascending", String.valueOf(indicator.direction() == Direction.HIGHER_IS_BETTER));
        }
        narrativeElement("title", indicator.name());
        if (indicator.definition() != null && !indicator.definition().isBlank()) {
            narrativeElement("description", indicator.definition());
        }
        // IATI needs the baseline's year: a baseline recorded without its date is not published
        if (indicator.baseline() != null && indicator.baselineDate() != null) {
            xml.writeStartElement("baseline");
            xml.writeAttribute("year", String.valueOf(indicator.baselineDate().getYear()));
            xml.writeAttribute("iso-date", indicator.baselineDate().toString());
            measured(indicator, indicator.baseline());
            xml.writeEndElement();
        }
        for (IndicatorForExport.Period period : indicator.periods()) {
            xml.writeStartElement("period");
            emptyElement("period-start", "iso-date", period.start().toString());
            emptyElement("period-end", "iso-date", period.end().toString());
            if (period.target() != null) {
                xml.writeStartElement("target");
                measured(indicator, period.target());
                xml.writeEndElement();
            }
            if (period.actual() != null) {
                xml.writeStartElement("actual");
                measured(indicator, period.actual());
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    /**
     * A baseline, target or actual: numbers as the value; an ordinal level as its position on the scale (1 is the first
     * level) with its label as the comment; a qualitative statement as the comment only (IATI has no value for it).
     * Must be called right after the element's start tag, since attributes come first.
     */
    private void measured(IndicatorForExport indicator, MeasureValue value) throws XMLStreamException {
        if (value.number() != null) {
            xml.writeAttribute("value", IatiCodes.decimal(value.number()));
            return;
        }
        if (indicator.measure() == IndicatorMeasure.ORDINAL) {
            int position = indicator.ordinalLevels().indexOf(value.text());
            if (position >= 0) {
                xml.writeAttribute("value", String.valueOf(position + 1));
            }
        }
        xml.writeStartElement("comment");
        narrative(value.text());
        xml.writeEndElement();
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.ENGLISH);
    }

    private void narrativeElement(String element, String text) throws XMLStreamException {
        xml.writeStartElement(element);
        narrative(text);
        xml.writeEndElement();
    }

    private void narrative(String text) throws XMLStreamException {
        textElement("narrative", text);
    }

    private void textElement(String element, String text) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(XML_1_0_INVALID.matcher(text).replaceAll(""));
        xml.writeEndElement();
    }

    private void emptyElement(String element, String attribute, String value) throws XMLStreamException {
        xml.writeEmptyElement(element);
        xml.writeAttribute(attribute, value);
    }

    private record ResultKey(Long outcomeId, MetricLevel level) {
    }
}
