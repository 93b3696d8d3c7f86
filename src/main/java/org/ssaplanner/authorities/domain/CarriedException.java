package org.ssaplanner.authorities.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.ssaplanner.authorities.ExceptionApplies;

/**
 * A statutory exception of a restriction that an authority carries, e.g. INCLE carries FAA s.660(b)(1) for
 * narcotics-control assistance (part of the authority aggregate, in its history).
 */
@Entity
@Audited
@Table(name = "authority_exception")
public class CarriedException {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "authority_id", nullable = false, updatable = false)
    private Authority authority;

    @Column(name = "restriction_exception_id", nullable = false, updatable = false)
    private long exceptionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ExceptionApplies applies;

    @Column(name = "condition_text", length = 2000)
    private String conditionText;

    @Column(nullable = false, length = 300)
    private String scope;

    protected CarriedException() {
    }

    CarriedException(Authority authority, long exceptionId, ExceptionApplies applies, String conditionText,
            String scope) {
        if ((applies == ExceptionApplies.WHEN_CONDITION_HOLDS) != (conditionText != null)) {
            throw new IllegalArgumentException("a condition goes with WHEN_CONDITION_HOLDS, and only with it");
        }
        this.authority = authority;
        this.exceptionId = exceptionId;
        this.applies = applies;
        this.conditionText = conditionText;
        this.scope = scope;
    }

    public Long getId() {
        return id;
    }

    public long getExceptionId() {
        return exceptionId;
    }

    public ExceptionApplies getApplies() {
        return applies;
    }

    public String getConditionText() {
        return conditionText;
    }

    public String getScope() {
        return scope;
    }

    public Authority getAuthority() {
        return authority;
    }
}
