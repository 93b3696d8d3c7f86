package org.ssaplanner.evaluations;

import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ssaplanner.evaluations.domain.Evaluation;
import org.ssaplanner.evaluations.domain.EvaluationRepository;
import org.ssaplanner.evaluations.domain.Indicator;
import org.ssaplanner.shared.NotFoundException;
import org.ssaplanner.shared.audit.HistoryEntry;
import org.ssaplanner.shared.audit.RecordHistory;

/** Change history (Envers) of indicators and evaluations: who changed what, when. */
@Service
@Transactional(readOnly = true)
public class ResultsHistoryService {

    private final IndicatorService indicators;
    private final EvaluationRepository evaluations;
    private final EntityManager entityManager;

    ResultsHistoryService(IndicatorService indicators, EvaluationRepository evaluations, EntityManager entityManager) {
        this.indicators = indicators;
        this.evaluations = evaluations;
        this.entityManager = entityManager;
    }

    @PreAuthorize("isAuthenticated()")
    public List<HistoryEntry> indicatorHistory(long programId, long indicatorId) {
        indicators.require(programId, indicatorId);
        Map<String, Function<Indicator, Object>> fields = new LinkedHashMap<>();
        fields.put("name", Indicator::getName);
        fields.put("definition", Indicator::getDefinition);
        fields.put("level", Indicator::getLevel);
        fields.put("measure", Indicator::getMeasure);
        fields.put("direction", Indicator::getDirection);
        fields.put("unitOfMeasure", Indicator::getUnitOfMeasure);
        fields.put("ordinalLevels", Indicator::ordinalLevels);
        fields.put("baseline", Indicator::baselineValue);
        fields.put("baselineDate", Indicator::getBaselineDate);
        fields.put("dataSource", Indicator::getDataSource);
        fields.put("planOutcome", Indicator::getPlanOutcomeId);
        fields.put("partnerUnit", Indicator::getPartnerUnitId);
        return RecordHistory.of(entityManager, Indicator.class, indicatorId, fields);
    }

    @PreAuthorize("isAuthenticated()")
    public List<HistoryEntry> evaluationHistory(long evaluationId) {
        if (!evaluations.existsById(evaluationId)) {
            throw new NotFoundException("Evaluation", evaluationId);
        }
        Map<String, Function<Evaluation, Object>> fields = new LinkedHashMap<>();
        fields.put("type", Evaluation::getType);
        fields.put("date", Evaluation::getDate);
        fields.put("method", Evaluation::getMethod);
        fields.put("qualityRating", Evaluation::getQualityRating);
        fields.put("effectRating", Evaluation::getEffectRating);
        fields.put("findings", Evaluation::getFindings);
        fields.put("recommendations", Evaluation::getRecommendations);
        return RecordHistory.of(entityManager, Evaluation.class, evaluationId, fields);
    }
}
