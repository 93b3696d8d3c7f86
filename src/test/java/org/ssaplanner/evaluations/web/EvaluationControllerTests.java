package org.ssaplanner.evaluations.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.ArgumentMatchers;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.util.unit.DataSize;
import org.ssaplanner.TestUsers;
import org.ssaplanner.WebSliceTestConfiguration;
import org.ssaplanner.evaluations.EvaluationService;
import org.ssaplanner.evaluations.EvaluationType;
import org.ssaplanner.evaluations.EvidenceFileRef;
import org.ssaplanner.evaluations.EvidenceProperties;
import org.ssaplanner.evaluations.IndicatorService;
import org.ssaplanner.evaluations.ProgramContext;
import org.ssaplanner.evaluations.ResultsHistoryService;
import org.ssaplanner.evaluations.domain.Evaluation;
import org.ssaplanner.evaluations.domain.EvaluationRepository;
import org.ssaplanner.evaluations.domain.EvidenceFile;
import org.ssaplanner.evaluations.domain.EvidenceFileRepository;
import org.ssaplanner.shared.security.CurrentUser;
import org.ssaplanner.shared.security.Role;

/**
 * Evaluation pages with the real EvaluationService (method security and file checks) over mocked
 * repositories: who may record and upload, and which files are refused, with nothing stored.
 */
@WebMvcTest(EvaluationController.class)
@Import({WebSliceTestConfiguration.class, EvaluationService.class, EvaluationControllerTests.Limits.class})
class EvaluationControllerTests {

    static final int LIMIT = 4096;
    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0};
    static final CurrentUser EVALUATOR = TestUsers.user(11, "eva", 1, Role.EVALUATOR);
    static final CurrentUser PLANNER = TestUsers.user(12, "pat", 1, Role.PLANNER);
    static final CurrentUser VIEWER = TestUsers.user(13, "vic", 1, Role.VIEWER);

    @TestConfiguration(proxyBeanMethods = false)
    static class Limits {

        @Bean
        EvidenceProperties evidenceProperties() {
            return new EvidenceProperties(DataSize.ofBytes(LIMIT), 3);
        }
    }

    @Autowired
    MockMvc mvc;

    @MockitoBean
    EvaluationRepository evaluations;

    @MockitoBean
    EvidenceFileRepository files;

    @MockitoBean
    IndicatorService indicators;

    @MockitoBean
    ResultsHistoryService history;

    @BeforeEach
    void storedEvaluation() {
        Evaluation existing = new Evaluation(5, "eva", "Eva Evaluator");
        existing.record(EvaluationType.MONITORING, LocalDate.of(2026, 1, 10), "Site visits", 3, 2, null, null);
        ReflectionTestUtils.setField(existing, "id", 42L);
        given(evaluations.findById(42L)).willReturn(Optional.of(existing));
        given(evaluations.saveAndFlush(any())).willAnswer(call -> {
            ReflectionTestUtils.setField((Object) call.getArgument(0), "id", 43L);
            return call.getArgument(0);
        });
        given(indicators.program(5))
                .willReturn(new ProgramContext(5, "Border training", 1, "Colombia plan", 57, 4, "INL", null));
    }

    static MockMultipartHttpServletRequestBuilder newEvaluation(MockMultipartFile... uploads) {
        MockMultipartHttpServletRequestBuilder request = multipart("/programs/5/evaluations");
        Arrays.stream(uploads).forEach(request::file);
        request.param("type", "MID_TERM_EVALUATION").param("date", "2026-01-15").param("method", "Document review")
                .param("qualityRating", "4").param("effectRating", "3").param("findings", "Progress is real.");
        return request;
    }

    static MockMultipartFile file(String name, byte[] content) {
        return new MockMultipartFile("files", name, "application/pdf", content);
    }

    @Test
    void aPlannerCannotRecordAnEvaluation() throws Exception {
        mvc.perform(newEvaluation(file("report.pdf", PDF)).with(user(PLANNER)).with(csrf()))
                .andExpect(status().isForbidden());
        verify(evaluations, never()).saveAndFlush(any());
        verify(files, never()).save(any());
    }

    @Test
    void aViewerCannotUpload() throws Exception {
        mvc.perform(multipart("/evaluations/42/evidence").file(file("report.pdf", PDF)).with(user(VIEWER)).with(csrf()))
                .andExpect(status().isForbidden());
        verify(files, never()).save(any());
    }

    @Test
    void anEvaluatorRecordsAnEvaluationWithAPdfAndIsTheEvaluator() throws Exception {
        mvc.perform(newEvaluation(file("Mid-term report.pdf", PDF)).with(user(EVALUATOR)).with(csrf()))
                .andExpect(redirectedUrl("/evaluations/43"));
        ArgumentCaptor<Evaluation> saved = ArgumentCaptor.forClass(Evaluation.class);
        verify(evaluations).saveAndFlush(saved.capture());
        assertThat(saved.getValue().getEvaluatorUsername()).isEqualTo("eva");
        assertThat(saved.getValue().getType()).isEqualTo(EvaluationType.MID_TERM_EVALUATION);
        ArgumentCaptor<EvidenceFile> file = ArgumentCaptor.forClass(EvidenceFile.class);
        verify(files).save(file.capture());
        assertThat(file.getValue().getFileName()).isEqualTo("Mid-term report.pdf");
        assertThat(file.getValue().getContentType()).isEqualTo("application/pdf");
        assertThat(file.getValue().getEvaluationId()).isEqualTo(43L);
    }

    @Test
    void allowedTypesAreAttached() throws Exception {
        byte[] csv = "period,actual\n2025,12\n".getBytes(StandardCharsets.UTF_8);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};
        mvc.perform(multipart("/evaluations/42/evidence").file(file("data.csv", csv)).file(file("photo.PNG", png))
                        .with(user(EVALUATOR)).with(csrf()))
                .andExpect(redirectedUrl("/evaluations/42"));
        ArgumentCaptor<EvidenceFile> stored = ArgumentCaptor.forClass(EvidenceFile.class);
        verify(files, Mockito.times(2)).save(stored.capture());
        assertThat(stored.getAllValues()).extracting(EvidenceFile::getContentType).containsExactly("text/csv", "image/png");
    }

    @Test
    void aFileOverTheLimitIsRefusedWithAClearMessageAndNothingIsStored() throws Exception {
        byte[] big = Arrays.copyOf(PDF, LIMIT + 1);
        mvc.perform(newEvaluation(file("big.pdf", big)).with(user(EVALUATOR)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The file &quot;big.pdf&quot; is larger than the limit of 4 KB. Nothing was stored.")));
        verify(evaluations, never()).saveAndFlush(any());
        verify(files, never()).save(any());
    }

    @Test
    void anExecutableRenamedToPdfIsRefused() throws Exception {
        mvc.perform(multipart("/evaluations/42/evidence").file(file("report.pdf", EXE)).with(user(EVALUATOR)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeExists("fileError"))
                .andExpect(content().string(containsString("The content of &quot;report.pdf&quot; does not match its file type.")));
        verify(files, never()).save(any());
    }

    @Test
    void aForbiddenExtensionIsRefusedEvenWithPdfContent() throws Exception {
        mvc.perform(multipart("/evaluations/42/evidence").file(file("report.exe", PDF)).with(user(EVALUATOR)).with(csrf()))
                .andExpect(content().string(containsString("is not an allowed type")));
        verify(files, never()).save(any());
    }

    @Test
    void oneBadFileAmongGoodOnesRefusesThemAll() throws Exception {
        mvc.perform(newEvaluation(file("good.pdf", PDF), file("bad.pdf", EXE)).with(user(EVALUATOR)).with(csrf()))
                .andExpect(model().attributeExists("fileError"));
        verify(evaluations, never()).saveAndFlush(any());
        verify(files, never()).save(any());
    }

    @Test
    void pathCharactersAreStrippedFromTheName() throws Exception {
        mvc.perform(multipart("/evaluations/42/evidence").file(file("../../etc/passwd.pdf", PDF))
                        .with(user(EVALUATOR)).with(csrf()))
                .andExpect(redirectedUrl("/evaluations/42"));
        ArgumentCaptor<EvidenceFile> stored = ArgumentCaptor.forClass(EvidenceFile.class);
        verify(files).save(stored.capture());
        assertThat(stored.getValue().getFileName()).isEqualTo("passwd.pdf");
    }

    @Test
    void downloadsAreAttachmentsWithTheCheckedTypeAndNoSniffing() throws Exception {
        EvidenceFile stored = new EvidenceFile(42, "résumé \"final\".pdf", "application/pdf", PDF, "x", Instant.now(), "eva");
        given(files.findByIdAndEvaluationId(7, 42)).willReturn(Optional.of(stored));
        mvc.perform(get("/evaluations/42/evidence/7").with(user(VIEWER)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Disposition", containsString("attachment;")))
                .andExpect(header().string("Content-Disposition", containsString("filename*=UTF-8''r%C3%A9sum%C3%A9%20%22final%22.pdf")))
                .andExpect(content().bytes(PDF));
    }

    @Test
    void downloadsNeedASignedInUser() throws Exception {
        mvc.perform(get("/evaluations/42/evidence/7")).andExpect(status().is3xxRedirection());
        verify(files, never()).findByIdAndEvaluationId(ArgumentMatchers.anyLong(), ArgumentMatchers.anyLong());
    }

    @Test
    void anUnknownEvaluationGivesTheNotFoundPage() throws Exception {
        given(evaluations.findById(999L)).willReturn(Optional.empty());
        mvc.perform(get("/evaluations/999").with(user(VIEWER))).andExpect(status().isNotFound());
    }

    @Test
    void missingRatingsAreShownNextToTheFields() throws Exception {
        mvc.perform(multipart("/programs/5/evaluations").param("type", "MONITORING").param("date", "2026-01-15")
                        .param("method", "Survey").with(user(EVALUATOR)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("evaluationForm", "qualityRating", "effectRating"))
                .andExpect(content().string(containsString("Choose a rating from 1 to 5.")));
        verify(evaluations, never()).saveAndFlush(any());
    }

    @Test
    void theFormShowsTheRatingScalesWithDescriptions() throws Exception {
        mvc.perform(get("/programs/5/evaluations/new").with(user(EVALUATOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("5 – Excellent")))
                .andExpect(content().string(containsString("The desired outcome is achieved and likely to be sustained.")))
                .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")));
    }

    @Test
    void theDetailPageListsEvidenceAndOffersUploadOnlyToEditors() throws Exception {
        given(files.refsOfEvaluation(42)).willReturn(List.of(new EvidenceFileRef(7, 42,
                "report.pdf", "application/pdf", 2048, Instant.parse("2026-01-10T10:00:00Z"), "eva")));
        mvc.perform(get("/evaluations/42").with(user(VIEWER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/evaluations/42/evidence/7")))
                .andExpect(content().string(containsString("3 of 5: Adequate")))
                .andExpect(content().string(Matchers.not(containsString("Attach evidence files"))));
        mvc.perform(get("/evaluations/42").with(user(EVALUATOR)))
                .andExpect(content().string(containsString("Attach evidence files")));
    }
}
