package org.ssaplanner.evaluations.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.ssaplanner.evaluations.EvaluationCommand;
import org.ssaplanner.evaluations.EvaluationDetail;
import org.ssaplanner.evaluations.EvaluationType;

class EvaluationForm {

    static final String[] FIELDS = {"type", "date", "method", "qualityRating", "effectRating", "findings",
        "recommendations", "version"};

    @NotNull
    private EvaluationType type;

    @NotNull
    @PastOrPresent(message = "{evaluation.date.future}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date = LocalDate.now();

    @NotBlank
    @Size(max = 4000)
    private String method;

    @NotNull(message = "{evaluation.rating.required}")
    @Min(value = 1, message = "{evaluation.rating.required}")
    @Max(value = 5, message = "{evaluation.rating.required}")
    private Integer qualityRating;

    @NotNull(message = "{evaluation.rating.required}")
    @Min(value = 1, message = "{evaluation.rating.required}")
    @Max(value = 5, message = "{evaluation.rating.required}")
    private Integer effectRating;

    @Size(max = 20000)
    private String findings;

    @Size(max = 20000)
    private String recommendations;

    private long version;

    static EvaluationForm from(EvaluationDetail detail) {
        EvaluationForm form = new EvaluationForm();
        form.type = detail.type();
        form.date = detail.date();
        form.method = detail.method();
        form.qualityRating = detail.qualityRating();
        form.effectRating = detail.effectRating();
        form.findings = detail.findings();
        form.recommendations = detail.recommendations();
        form.version = detail.version();
        return form;
    }

    EvaluationCommand toCommand() {
        return new EvaluationCommand(type, date, method, qualityRating, effectRating, findings, recommendations);
    }

    public EvaluationType getType() {
        return type;
    }

    public void setType(EvaluationType type) {
        this.type = type;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getMethod() {
        return method;
    }

    public void setMethod(String method) {
        this.method = method;
    }

    public Integer getQualityRating() {
        return qualityRating;
    }

    public void setQualityRating(Integer qualityRating) {
        this.qualityRating = qualityRating;
    }

    public Integer getEffectRating() {
        return effectRating;
    }

    public void setEffectRating(Integer effectRating) {
        this.effectRating = effectRating;
    }

    public String getFindings() {
        return findings;
    }

    public void setFindings(String findings) {
        this.findings = findings;
    }

    public String getRecommendations() {
        return recommendations;
    }

    public void setRecommendations(String recommendations) {
        this.recommendations = recommendations;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
