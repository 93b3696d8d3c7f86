package org.ssaplanner.authorities.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A statutory exception to a restriction (part of the restriction aggregate). */
@Entity
@Table(name = "restriction_exception")
public class RestrictionException {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "restriction_id", nullable = false)
    private Restriction restriction;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 100)
    private String citation;

    @Column(nullable = false)
    private String description;

    protected RestrictionException() {
    }

    RestrictionException(Restriction restriction, String code, String citation, String description) {
        this.restriction = restriction;
        this.code = code;
        this.citation = citation;
        this.description = description;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getCitation() {
        return citation;
    }

    public String getDescription() {
        return description;
    }
}
