package org.ssaplanner.evaluations.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.ssaplanner.evaluations.EvaluationType;
import org.ssaplanner.shared.domain.AuditedEntity;

/** An assessment, monitoring report or evaluation of a program. Evidence files are separate rows. */
@Entity
@Audited
@Table(name = "evaluation")
public class Evaluation extends AuditedEntity {

    @Column(name = "program_id", nullable = false, updatable = false)
    private long programId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private EvaluationType type;

    @Column(name = "evaluator_username", nullable = false, length = 100, updatable = false)
    private String evaluatorUsername;

    @Column(name = "evaluator_name", nullable = false, length = 200, updatable = false)
    private String evaluatorName;

    @Column(name = "evaluation_date", nullable = false)
    private LocalDate date;

    @Column(nullable = false)
    private String method;

    @Column(name = "quality_rating", nullable = false)
    private int qualityRating;

    @Column(name = "effect_rating", nullable = false)
    private int effectRating;

    @Column
    private String findings;

    @Column
    private String recommendations;

    protected Evaluation() {
    }

    public Evaluation(long programId, String evaluatorUsername, String evaluatorName) {
        this.programId = programId;
        this.evaluatorUsername = evaluatorUsername;
        this.evaluatorName = evaluatorName;
    }

    public void record(EvaluationType type, LocalDate date, String method, int qualityRating, int effectRating,
            String findings, String recommendations) {
        if (qualityRating < 1 || qualityRating > 5 || effectRating < 1 || effectRating > 5) {
            throw new IllegalArgumentException("ratings are on a 1-5 scale");
        }
        this.type = type;
        this.date = date;
        this.method = method;
        this.qualityRating = qualityRating;
        this.effectRating = effectRating;
        this.findings = findings;
        this.recommendations = recommendations;
    }

    public long getProgramId() {
        return programId;
    }

    public EvaluationType getType() {
        return type;
    }

    public String getEvaluatorUsername() {
        return evaluatorUsername;
    }

    public String getEvaluatorName() {
        return evaluatorName;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getMethod() {
        return method;
    }

    public int getQualityRating() {
        return qualityRating;
    }

    public int getEffectRating() {
        return effectRating;
    }

    public String getFindings() {
        return findings;
    }

    public String getRecommendations() {
        return recommendations;
    }
}
