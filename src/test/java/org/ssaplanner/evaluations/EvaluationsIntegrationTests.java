package org.ssaplanner.evaluations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.ssaplanner.SsaIntegrationTest;
import org.ssaplanner.TestUsers;
import org.ssaplanner.partners.PartnerUnitCommand;
import org.ssaplanner.partners.PartnerUnitService;
import org.ssaplanner.reference.MetricLevel;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.shared.FieldValidationException;
import org.ssaplanner.shared.security.CurrentUser;
import org.ssaplanner.shared.security.Role;

/** Evaluations with evidence stored in PostgreSQL, downloads, and the pages over real data (programs from ResultsTestData). */
@SsaIntegrationTest
class EvaluationsIntegrationTests {

    @Autowired
    ApplicationContext applicationContext;

    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0};
    static final CurrentUser EVALUATOR = TestUsers.user(-1, "eva-it", 1, Role.EVALUATOR);
    static final CurrentUser VIEWER = TestUsers.user(-2, "vic-it", 1, Role.VIEWER);

    @Autowired
    EvaluationService evaluations;

    @Autowired
    IndicatorService indicators;

    @Autowired
    ResultsReportService reports;

    @Autowired
    PartnerUnitService units;

    @Autowired
    ReferenceDataService reference;

    @Autowired
    MockMvc mvc;

    long programId;
    long planOutcomeId;

    @BeforeEach
    void signIn() {
        ResultsTestData.ProgramRef program = ResultsTestData.newProgram(applicationContext);
        programId = program.programId();
        planOutcomeId = program.planOutcomeId();
        TestUsers.signIn(EVALUATOR);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    static EvaluationCommand midTerm() {
        return new EvaluationCommand(EvaluationType.MID_TERM_EVALUATION, LocalDate.now().minusDays(3),
                "Document review and 12 interviews", 4, 3, "Units deploy trained staff.", "Fund sustainment.");
    }

    static EvidenceUpload upload(String name, byte[] content) {
        return new EvidenceUpload(name, content.length, new ByteArrayResource(content));
    }

    @Test
    void anEvaluationIsStoredWithItsPdfAndDownloadedWithSafeHeaders() throws Exception {
        long id = evaluations.create(programId, midTerm(), List.of(upload("../../etc/passwd.pdf", PDF)));
        EvaluationDetail detail = evaluations.get(id);
        assertThat(detail.evaluatorUsername()).isEqualTo("eva-it");
        assertThat(detail.qualityRating()).isEqualTo(4);
        assertThat(detail.files()).singleElement().satisfies(f -> {
            assertThat(f.fileName()).isEqualTo("passwd.pdf");
            assertThat(f.contentType()).isEqualTo("application/pdf");
            assertThat(f.sizeBytes()).isEqualTo(PDF.length);
        });
        assertThat(evaluations.evaluationsOfProgram(programId)).singleElement()
                .satisfies(s -> assertThat(s.fileCount()).isEqualTo(1));

        long fileId = detail.files().get(0).id();
        mvc.perform(get("/evaluations/{id}/evidence/{f}", id, fileId).with(user(VIEWER)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("Content-Disposition", containsString("passwd.pdf")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(content().bytes(PDF));
        mvc.perform(get("/evaluations/{id}/evidence/{f}", id, fileId).with(anonymous())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/evaluations/{id}/evidence/{f}", id + 100_000, fileId).with(user(VIEWER)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/evaluations/{id}", id).with(user(VIEWER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("4 of 5: Good")))
                .andExpect(content().string(containsString("passwd.pdf")));
    }

    @Test
    void aRefusedFileStoresNothingAtAll() {
        assertThatThrownBy(() -> evaluations.create(programId, midTerm(),
                List.of(upload("report.pdf", PDF), upload("tool.pdf", EXE))))
                .isInstanceOfSatisfying(EvidenceRejectedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("evidence.type.mismatch"));
        assertThat(evaluations.evaluationsOfProgram(programId)).isEmpty();

        long id = evaluations.create(programId, midTerm(), List.of());
        byte[] tooBig = new byte[(int) evaluations.limits().maxFileSize().toBytes() + 1];
        System.arraycopy(PDF, 0, tooBig, 0, PDF.length);
        assertThatThrownBy(() -> evaluations.attach(id, List.of(upload("big.pdf", tooBig))))
                .isInstanceOfSatisfying(EvidenceRejectedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("evidence.tooLarge"));
        assertThat(evaluations.get(id).files()).isEmpty();
    }

    @Test
    void aViewerCannotUploadAndAPlannerCannotRecordThroughTheWholeStack() throws Exception {
        long id = evaluations.create(programId, midTerm(), List.of());
        mvc.perform(multipart("/evaluations/{id}/evidence", id).file(new MockMultipartFile("files", "a.pdf", "application/pdf", PDF))
                        .with(user(VIEWER)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/programs/{p}/evaluations", programId).param("type", "MONITORING")
                        .param("date", LocalDate.now().toString()).param("method", "Survey")
                        .param("qualityRating", "3").param("effectRating", "3")
                        .with(user(TestUsers.user(-3, "pat-it", 1, Role.PLANNER))).with(csrf()))
                .andExpect(status().isForbidden());
        TestUsers.signIn(EVALUATOR); // MockMvc clears the thread's security context after a request
        assertThat(evaluations.get(id).files()).isEmpty();
        assertThat(evaluations.evaluationsOfProgram(programId)).hasSize(1);
    }

    @Test
    void onlyEvaluatorsAndAdministratorsChangeIndicatorsThroughThePages() throws Exception {
        long id = indicators.create(programId, new IndicatorCommand("Officers trained", null, MetricLevel.OUTPUT,
                IndicatorMeasure.UNIT, Direction.HIGHER_IS_BETTER, null, null, "0", null, null, null, null));
        for (Role role : List.of(Role.PLANNER, Role.VIEWER)) {
            CurrentUser reader = TestUsers.user(-4, "reader-it", 1, role);
            mvc.perform(MockMvcRequestBuilders
                            .post("/programs/{p}/results/indicators", programId).param("name", "Sneaky")
                            .param("level", "OUTPUT").param("measure", "UNIT").param("direction", "HIGHER_IS_BETTER")
                            .with(user(reader)).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(MockMvcRequestBuilders
                            .post("/programs/{p}/results/indicators/{i}/periods", programId, id).param("version", "0")
                            .param("rows[0].start", "2024-01-01").param("rows[0].end", "2024-12-31")
                            .param("rows[0].actual", "5").with(user(reader)).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/programs/{p}/results", programId).with(user(reader)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Officers trained")));
        }
        TestUsers.signIn(EVALUATOR); // MockMvc clears the thread's security context after a request
        assertThat(indicators.resultsSummary(programId).indicators()).singleElement()
                .satisfies(i -> assertThat(i.periods()).isEmpty());
    }

    @Test
    void anEvaluatorRecordsAnEvaluationWithAFileThroughTheForm() throws Exception {
        mvc.perform(multipart("/programs/{p}/evaluations", programId)
                        .file(new MockMultipartFile("files", "Mid-term.pdf", "application/octet-stream", PDF))
                        .param("type", "MID_TERM_EVALUATION").param("date", LocalDate.now().toString())
                        .param("method", "Interviews").param("qualityRating", "2").param("effectRating", "4")
                        .with(user(EVALUATOR)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        TestUsers.signIn(EVALUATOR); // MockMvc clears the thread's security context after a request
        assertThat(evaluations.evaluationsOfProgram(programId)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EvaluationType.MID_TERM_EVALUATION);
            assertThat(e.evaluatorName()).isEqualTo("eva-it");
            assertThat(e.fileCount()).isEqualTo(1);
        });
    }

    @Test
    void theResultsPagesRenderRealData() throws Exception {
        long outcome = indicators.create(programId, new IndicatorCommand("Justice capacity", null, MetricLevel.OUTCOME,
                IndicatorMeasure.ORDINAL, Direction.HIGHER_IS_BETTER, null, "Nascent\nDeveloping\nCapable", "Nascent",
                LocalDate.of(2024, 1, 1), "Assessment", planOutcomeId, null));
        indicators.savePeriods(programId, outcome, 0, List.of(
                new PeriodCommand(null, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), "Developing", "developing", null),
                new PeriodCommand(null, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), "Capable", "Developing", "slow")));
        mvc.perform(get("/programs/{p}/results", programId).with(user(VIEWER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Justice capacity")))
                .andExpect(content().string(containsString("Off track")))
                .andExpect(content().string(containsString("50%")));
        mvc.perform(get("/programs/{p}/results/indicators/{i}/periods", programId, outcome).with(user(EVALUATOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ordinal-levels-list")))
                .andExpect(content().string(containsString("value=\"Capable\"")));
        mvc.perform(get("/programs/{p}/results/indicators/{i}/edit", programId, outcome).with(user(EVALUATOR)))
                .andExpect(status().isOk());
        mvc.perform(get("/programs/{p}/evaluations", programId).with(user(VIEWER))).andExpect(status().isOk());
        mvc.perform(get("/reports/results").with(user(VIEWER)))
                .andExpect(content().string(containsString("Colombia")))
                .andExpect(content().string(containsString("INL")));
    }

    @Test
    void aUnitsPerformanceShowsTheIndicatorsAboutIt() throws Exception {
        long countryId = reference.countryByCode("CO").orElseThrow().id();
        String forceType = reference.recipientTypes().get(0).code();
        long unitId = units.create(new PartnerUnitCommand(countryId, "Unit " + UUID.randomUUID(), forceType, null, null));
        indicators.create(programId, new IndicatorCommand("Complaints resolved", null, MetricLevel.OUTPUT,
                IndicatorMeasure.PERCENTAGE, Direction.HIGHER_IS_BETTER, null, null, "10", null, null, null, unitId));
        PartnerPerformance performance = reports.partnerPerformance(unitId);
        assertThat(performance.indicators()).extracting(r -> r.indicator().name()).containsExactly("Complaints resolved");
        assertThat(performance.incidents()).isEmpty();
        assertThatThrownBy(() -> indicators.create(programId, new IndicatorCommand("Ghost", null, MetricLevel.OUTPUT,
                IndicatorMeasure.UNIT, Direction.HIGHER_IS_BETTER, null, null, null, null, null, null, -5L)))
                .isInstanceOfSatisfying(FieldValidationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("indicator.partnerUnit.unknown"));
        mvc.perform(get("/units/{u}/performance", unitId).with(user(VIEWER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Complaints resolved")))
                .andExpect(content().string(containsString("No incidents recorded for this unit.")));
        mvc.perform(get("/units/{u}/performance", Long.MAX_VALUE).with(user(VIEWER))).andExpect(status().isNotFound());
    }
}
