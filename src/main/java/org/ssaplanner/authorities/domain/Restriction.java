package org.ssaplanner.authorities.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.BatchSize;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.ssaplanner.authorities.RestrictionChanged;
import org.ssaplanner.authorities.RestrictionSeverity;
import org.ssaplanner.shared.domain.AuditedEntity;

@Entity
@Audited
@Table(name = "restriction")
public class Restriction extends AuditedEntity {

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 200)
    private String citation;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(nullable = false)
    private String summary;

    @Column(nullable = false)
    private boolean waivable;

    @Column(name = "waiver_authority", length = 300)
    private String waiverAuthority;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private RestrictionSeverity severity;

    @Column(name = "condition_text", nullable = false, length = 2000)
    private String conditionText;

    @NotAudited
    @OneToMany(mappedBy = "restriction", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("citation, code")
    @BatchSize(size = 50)
    private List<RestrictionException> exceptions = new ArrayList<>();

    protected Restriction() {
    }

    public Restriction(String code) {
        this.code = code;
        changed();
    }

    /** Whatever changes a restriction (its definition, its exceptions) is published on save. */
    private void changed() {
        registerEvent(() -> new RestrictionChanged(getId()));
    }

    /** Waivable restrictions must say who may waive them. */
    public void define(String code, String citation, String title, String summary, boolean waivable,
            String waiverAuthority, RestrictionSeverity severity, String conditionText) {
        if (waivable && (waiverAuthority == null || waiverAuthority.isBlank())) {
            throw new IllegalArgumentException("waivable restriction without waiver authority");
        }
        this.code = code;
        this.citation = citation;
        this.title = title;
        this.summary = summary;
        this.waivable = waivable;
        this.waiverAuthority = waivable ? waiverAuthority : null;
        this.severity = severity;
        this.conditionText = conditionText;
        changed();
    }

    public RestrictionException addException(String code, String citation, String description) {
        RestrictionException exception = new RestrictionException(this, code, citation, description);
        exceptions.add(exception);
        changed();
        return exception;
    }

    public boolean removeException(long exceptionId) {
        boolean removed = exceptions.removeIf(e -> e.getId() != null && e.getId() == exceptionId);
        if (removed) {
            changed();
        }
        return removed;
    }

    public Optional<RestrictionException> exception(long exceptionId) {
        return exceptions.stream().filter(e -> e.getId() != null && e.getId() == exceptionId).findFirst();
    }

    public boolean hasExceptionCode(String code) {
        return exceptions.stream().anyMatch(e -> e.getCode().equals(code));
    }

    public String getCode() {
        return code;
    }

    public String getCitation() {
        return citation;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public boolean isWaivable() {
        return waivable;
    }

    public String getWaiverAuthority() {
        return waiverAuthority;
    }

    public RestrictionSeverity getSeverity() {
        return severity;
    }

    public String getConditionText() {
        return conditionText;
    }

    public List<RestrictionException> getExceptions() {
        return List.copyOf(exceptions);
    }
}
