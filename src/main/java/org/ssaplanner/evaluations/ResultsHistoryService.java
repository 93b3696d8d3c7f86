package org.ssaplanner.evaluations;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ssaplanner.evaluations.domain.Evaluation;
import org.ssaplanner.evaluations.domain.EvaluationRepository;
import org.ssaplanner.evaluations.domain.Indicator;
import org.ssaplanner.shared.NotFoundException;
import org.ssaplanner.shared.audit.HistoryEntry;
import org.ssaplanner.shared.audit.RecordFields;
import org.ssaplanner.shared.audit.RecordHistory;

/** Change history (Envers) of indicators and evaluations: who changed what, when. */
@Service
@Transactional(readOnly = true)
public class ResultsHistoryService {

    private final IndicatorService indicators;
    private final EvaluationRepository evaluations;
    private final EntityManager entityManager;

    private final MessageSource messages;

    ResultsHistoryService(IndicatorService indicators, EvaluationRepository evaluations, EntityManager entityManager,
            MessageSource messages) {
        this.messages = messages;
        this.indicators = indicators;
        this.evaluations = evaluations;
        this.entityManager = entityManager;
    }

    @PreAuthorize("isAuthenticated()")
    public List<HistoryEntry> indicatorHistory(long programId, long indicatorId) {
        indicators.require(programId, indicatorId);
        // labels and names, not codes and ids (issue 13); an outcome removed since is shown by its number
        Map<Long, String> outcomes = indicators.outcomeLabelsOfProgram(programId);
        Map<Long, String> unitNames = new HashMap<>();
        RecordFields<Indicator> fields = RecordFields.<Indicator>describe()
                .and("name", "indicator.name", Indicator::getName)
                .and("definition", "indicator.definition", Indicator::getDefinition)
                .and("level", "indicator.level", i -> label("level.", i.getLevel()))
                .and("measure", "indicator.measure", i -> label("measure.", i.getMeasure()))
                .and("direction", "indicator.direction", i -> label("direction.", i.getDirection()))
                .and("unitOfMeasure", "indicator.unitOfMeasure", Indicator::getUnitOfMeasure)
                .and("ordinalLevels", "indicator.ordinalLevels", i -> i.ordinalLevels() == null ? ""
                        : String.join(", ", i.ordinalLevels()))
                .and("baseline", "indicator.baselineValue", i -> RecordFields.text(i.baselineValue()))
                .and("baselineDate", "indicator.baselineDate", i -> RecordFields.text(i.getBaselineDate()))
                .and("dataSource", "indicator.dataSource", Indicator::getDataSource)
                .and("planOutcome", "indicator.planOutcome", i -> i.getPlanOutcomeId() == null ? ""
                        : outcomes.getOrDefault(i.getPlanOutcomeId(), "#" + i.getPlanOutcomeId()))
                .and("partnerUnit", "indicator.partnerUnit", i -> i.getPartnerUnitId() == null ? ""
                        : unitNames.computeIfAbsent(i.getPartnerUnitId(), indicators::unitLabel));
        return RecordHistory.of(entityManager, Indicator.class, indicatorId, fields);
    }

    @PreAuthorize("isAuthenticated()")
    public List<HistoryEntry> evaluationHistory(long evaluationId) {
        if (!evaluations.existsById(evaluationId)) {
            throw new NotFoundException("Evaluation", evaluationId);
        }
        RecordFields<Evaluation> fields = RecordFields.<Evaluation>describe()
                .and("type", "evaluation.type", e -> label("evaluation.type.", e.getType()))
                .and("date", "evaluation.date", e -> RecordFields.text(e.getDate()))
                .and("method", "evaluation.method", Evaluation::getMethod)
                .and("qualityRating", "evaluation.qualityRating", e -> String.valueOf(e.getQualityRating()))
                .and("effectRating", "evaluation.effectRating", e -> String.valueOf(e.getEffectRating()))
                .and("findings", "evaluation.findings", Evaluation::getFindings)
                .and("recommendations", "evaluation.recommendations", Evaluation::getRecommendations);
        return RecordHistory.of(entityManager, Evaluation.class, evaluationId, fields);
    }

    /** The label of an enumerated value (message key prefix + name), "" for none. */
    private String label(String prefix, Enum<?> value) {
        return value == null ? "" : messages.getMessage(prefix + value.name(), null, value.name(),
                LocaleContextHolder.getLocale());
    }
}
