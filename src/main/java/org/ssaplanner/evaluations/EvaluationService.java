package org.ssaplanner.evaluations;

import static org.ssaplanner.shared.Text.blankToNull;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ssaplanner.evaluations.domain.Evaluation;
import org.ssaplanner.evaluations.domain.EvaluationRepository;
import org.ssaplanner.evaluations.domain.EvidenceFile;
import org.ssaplanner.evaluations.domain.EvidenceFileRepository;
import org.ssaplanner.shared.FieldValidationException;
import org.ssaplanner.shared.ListSort;
import org.ssaplanner.shared.NotFoundException;
import org.ssaplanner.shared.SortColumns;
import org.ssaplanner.shared.StaleEditException;
import org.ssaplanner.shared.security.CurrentUser;
import org.ssaplanner.shared.security.CurrentUsers;

/**
 * Assessments, monitoring reports and evaluations of programs, with their evidence files (kept in
 * PostgreSQL). Everyone signed in reads and downloads; evaluators and administrators record and attach.
 * A refused file refuses the whole request: nothing is stored.
 */
@Service
@Transactional(readOnly = true)
public class EvaluationService {

    /** The columns a program's evaluations sort by (evaluation properties); newest first by default, ties by id. */
    private static final SortColumns SORTS = SortColumns.tieBreaker("id")
            .descending("date", "date")
            .ascending("type", "type")
            .ascending("evaluator", "evaluatorName")
            .descending("quality", "qualityRating")
            .descending("effect", "effectRating")
            .byDefault("date", true);

    private final EvaluationRepository evaluations;
    private final EvidenceFileRepository files;
    private final IndicatorService indicators;
    private final EvidenceProperties limits;
    private final ObjectProvider<Clock> clock;

    EvaluationService(EvaluationRepository evaluations, EvidenceFileRepository files, IndicatorService indicators,
            EvidenceProperties limits, ObjectProvider<Clock> clock) {
        this.evaluations = evaluations;
        this.files = files;
        this.indicators = indicators;
        this.limits = limits;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    public List<EvaluationSummary> evaluationsOfProgram(long programId) {
        return evaluationsOfProgram(programId, SORTS.defaultSort());
    }

    /**
     * The latest evaluation (by date, then id) of each of the given programs, by program id, read in one statement
     * whatever their number; programs never evaluated are absent.
     */
    @PreAuthorize("isAuthenticated()")
    public Map<Long, EvaluationSummary> latestEvaluations(Collection<Long> programIds) {
        if (programIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, EvaluationSummary> latest = new HashMap<>();
        Comparator<EvaluationSummary> order = Comparator.comparing(EvaluationSummary::date)
                .thenComparing(EvaluationSummary::id);
        for (EvaluationSummary e : evaluations.summariesOfPrograms(programIds)) {
            latest.merge(e.programId(), e, (a, b) -> order.compare(a, b) >= 0 ? a : b);
        }
        return latest;
    }

    /** The program's evaluations in the order of a column header ({@link #order}); newest first by default. */
    @PreAuthorize("isAuthenticated()")
    public List<EvaluationSummary> evaluationsOfProgram(long programId, ListSort order) {
        indicators.context(programId);
        return evaluations.summariesOfProgram(programId, SORTS.toSort(order));
    }

    /** The order of a program's evaluations asked for by the URL's {@code sort} and {@code dir} (whitelisted). */
    public static ListSort order(String sort, String dir) {
        return SORTS.resolve(sort, dir);
    }

    @PreAuthorize("isAuthenticated()")
    public EvaluationDetail get(long id) {
        Evaluation e = find(id);
        return new EvaluationDetail(e.getId(), e.getVersion(), e.getProgramId(),
                indicators.program(e.getProgramId()).title(), e.getType(), e.getEvaluatorUsername(),
                e.getEvaluatorName(), e.getDate(), e.getMethod(), e.getQualityRating(), e.getEffectRating(),
                e.getFindings(), e.getRecommendations(), files.refsOfEvaluation(id), e.getUpdatedAt(), e.getUpdatedBy());
    }

    /** Records an evaluation by the signed-in user, with evidence files; any refused file refuses everything. */
    @PreAuthorize(IndicatorService.EDITORS)
    @Transactional
    public long create(long programId, EvaluationCommand command, List<EvidenceUpload> uploads) {
        indicators.context(programId);
        validate(command);
        List<CheckedFile> checked = check(uploads);
        CurrentUser user = CurrentUsers.require();
        String name = user.fullName() == null || user.fullName().isBlank() ? user.getUsername() : user.fullName();
        Evaluation evaluation = new Evaluation(programId, user.getUsername(), name);
        record(evaluation, command);
        long id = evaluations.saveAndFlush(evaluation).getId();
        store(id, checked);
        return id;
    }

    @PreAuthorize(IndicatorService.EDITORS)
    @Transactional
    public void update(long id, long expectedVersion, EvaluationCommand command) {
        Evaluation evaluation = find(id);
        StaleEditException.check("Evaluation", id, expectedVersion, evaluation.getVersion());
        validate(command);
        record(evaluation, command);
        evaluations.saveAndFlush(evaluation);
    }

    @PreAuthorize(IndicatorService.EDITORS)
    @Transactional
    public void attach(long id, List<EvidenceUpload> uploads) {
        find(id);
        List<CheckedFile> checked = check(uploads);
        if (checked.isEmpty()) {
            throw new EvidenceRejectedException("evidence.none", "");
        }
        store(id, checked);
    }

    @PreAuthorize(IndicatorService.EDITORS)
    @Transactional
    public void removeEvidence(long id, long fileId) {
        files.delete(files.findByIdAndEvaluationId(fileId, id)
                .orElseThrow(() -> new NotFoundException("Evidence file", fileId)));
    }

    @PreAuthorize("isAuthenticated()")
    public EvidenceDownload download(long id, long fileId) {
        EvidenceFile file = files.findByIdAndEvaluationId(fileId, id)
                .orElseThrow(() -> new NotFoundException("Evidence file", fileId));
        return new EvidenceDownload(file.getFileName(), file.getContentType(), file.getContent());
    }

    @PreAuthorize("isAuthenticated()")
    public EvidenceProperties limits() {
        return limits;
    }

    private Evaluation find(long id) {
        return evaluations.findById(id).orElseThrow(() -> new NotFoundException("Evaluation", id));
    }

    private void validate(EvaluationCommand command) {
        if (command.type() == null) {
            throw new FieldValidationException("type", "evaluation.type.required");
        }
        if (command.date() == null) {
            throw new FieldValidationException("date", "evaluation.date.required");
        }
        if (command.date().isAfter(LocalDate.now(clock.getIfAvailable(Clock::systemUTC)))) {
            throw new FieldValidationException("date", "evaluation.date.future");
        }
        if (command.method() == null || command.method().isBlank()) {
            throw new FieldValidationException("method", "evaluation.method.required");
        }
        if (!RatingScale.valid(command.qualityRating())) {
            throw new FieldValidationException("qualityRating", "evaluation.rating.required");
        }
        if (!RatingScale.valid(command.effectRating())) {
            throw new FieldValidationException("effectRating", "evaluation.rating.required");
        }
    }

    private static void record(Evaluation evaluation, EvaluationCommand command) {
        evaluation.record(command.type(), command.date(), command.method().trim(), command.qualityRating(),
                command.effectRating(), blankToNull(command.findings()), blankToNull(command.recommendations()));
    }

    private record CheckedFile(String name, EvidenceFiles.Kind kind, byte[] content) {
    }

    /** Reads and checks every upload before anything is stored. Empty file inputs (nothing chosen) are skipped. */
    private List<CheckedFile> check(List<EvidenceUpload> uploads) {
        List<EvidenceUpload> chosen = uploads == null ? List.of()
                : uploads.stream().filter(u -> u != null && !(u.size() == 0
                        && (u.originalFileName() == null || u.originalFileName().isBlank()))).toList();
        if (chosen.size() > limits.maxFilesPerUpload()) {
            throw new EvidenceRejectedException("evidence.tooMany", "");
        }
        long max = limits.maxFileSize().toBytes();
        List<CheckedFile> checked = new ArrayList<>();
        for (EvidenceUpload upload : chosen) {
            String name = EvidenceFiles.sanitize(upload.originalFileName());
            String shown = name.isEmpty() ? "?" : name;
            if (upload.size() > max) {
                throw new EvidenceRejectedException("evidence.tooLarge", shown);
            }
            EvidenceFiles.Kind expected = EvidenceFiles.expectedKind(name);
            if (expected == null) {
                throw new EvidenceRejectedException("evidence.type.forbidden", shown);
            }
            byte[] content;
            try (InputStream in = upload.content().getInputStream()) {
                content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            } catch (IOException e) {
                throw new EvidenceRejectedException("evidence.unreadable", shown);
            }
            if (content.length > max) {
                throw new EvidenceRejectedException("evidence.tooLarge", shown);
            }
            if (content.length == 0) {
                throw new EvidenceRejectedException("evidence.empty", shown);
            }
            if (EvidenceFiles.detect(content) != expected) {
                throw new EvidenceRejectedException("evidence.type.mismatch", shown);
            }
            checked.add(new CheckedFile(name, expected, content));
        }
        return checked;
    }

    private void store(long evaluationId, List<CheckedFile> checked) {
        Instant now = Instant.now(clock.getIfAvailable(Clock::systemUTC));
        String by = CurrentUsers.currentUsernameOrSystem();
        for (CheckedFile file : checked) {
            files.save(new EvidenceFile(evaluationId, file.name(), file.kind().contentType, file.content(),
                    sha256(file.content()), now, by));
        }
        files.flush();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
