package org.ssaplanner.concurrence.web;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.convert.ConversionService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.agencies.AgencySummary;
import org.ssaplanner.compliance.Finding;
import org.ssaplanner.compliance.FindingQueryService;
import org.ssaplanner.compliance.FindingSeverity;
import org.ssaplanner.concurrence.ConcurrenceService;
import org.ssaplanner.plans.PlanDetail;
import org.ssaplanner.plans.PlanService;
import org.ssaplanner.programs.ProgramFacts;
import org.ssaplanner.programs.ProgramFactsService;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * The concurrence package of a plan (issue 14, section 5) as a PDF ({@code /plans/{id}.pdf}): the plan, its theory
 * of change, its programs with their allocated funding, the compliance roll-up, the concurrence panel and the
 * decisions, from one Thymeleaf template ({@code concurrence/concurrence-package.html}, well-formed XHTML) rendered by
 * OpenHTMLtoPDF with a font from the classpath: nothing is fetched from a network. Who may read the plan may
 * download it; a missing plan answers 404.
 */
@Controller
class ConcurrencePackageController {

    /** The sans-serif font PDFBox ships on its classpath (Liberation Sans, SIL Open Font License). */
    static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private final PlanService plans;
    private final ConcurrenceService concurrence;
    private final ProgramFactsService programs;
    private final FindingQueryService findings;
    private final AgencyService agencies;
    private final SpringTemplateEngine templates;
    private final ApplicationContext context;
    private final ConversionService conversion;

    ConcurrencePackageController(PlanService plans, ConcurrenceService concurrence, ProgramFactsService programs,
            FindingQueryService findings, AgencyService agencies, SpringTemplateEngine templates, ApplicationContext context,
            ConversionService mvcConversionService) {
        this.plans = plans;
        this.concurrence = concurrence;
        this.programs = programs;
        this.findings = findings;
        this.agencies = agencies;
        this.templates = templates;
        this.context = context;
        this.conversion = mvcConversionService;
    }

    @GetMapping(value = "/plans/{id}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        PlanDetail plan = plans.get(id);
        Map<Long, List<Finding>> byProgram = findings.findingsForPlan(id);
        List<ProgramFacts> facts = programs.factsForPlan(id);
        Map<Long, AgencySummary> leads = facts.isEmpty() ? Map.of()
                : agencies.byIds(facts.stream().map(ProgramFacts::leadAgencyId).distinct().toList());
        List<ProgramRow> rows = facts.stream()
                .sorted(Comparator.comparing(ProgramFacts::title))
                .map(p -> new ProgramRow(p, leads.containsKey(p.leadAgencyId()) ? leads.get(p.leadAgencyId()).code()
                        : "", count(byProgram.get(p.programId()), FindingSeverity.BLOCKING),
                        count(byProgram.get(p.programId()), FindingSeverity.WARNING)))
                .toList();
        Context model = new Context(LocaleContextHolder.getLocale());
        model.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(context, conversion));
        model.setVariable("plan", plan);
        model.setVariable("panel", concurrence.panel(id));
        model.setVariable("programs", rows);
        model.setVariable("printedAt", Instant.now());
        String html = templates.process("concurrence/concurrence-package", model);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("plan-" + id + ".pdf").build().toString())
                .body(render(html));
    }

    static byte[] render(String xhtml) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> font(), "Liberation Sans");
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream font() {
        return ConcurrencePackageController.class.getResourceAsStream(FONT);
    }

    private static long count(List<Finding> list, FindingSeverity severity) {
        return list == null ? 0 : list.stream().filter(f -> f.severity() == severity).count();
    }

    /** A program of the plan with its allocated funding and its compliance roll-up. */
    record ProgramRow(ProgramFacts facts, String leadAgency, long blocking, long warnings) {
    }
}
