package org.ssaplanner.workforce.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.ssaplanner.shared.domain.AuditedEntity;

/** A certification level of a scheme (DoD's Foundational to Executive); rank orders the levels of a scheme. */
@Entity
@Audited
@Table(name = "workforce_certification_level")
public class CertificationLevel extends AuditedEntity {

    @Column(nullable = false, length = 40)
    private String scheme;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "level_rank", nullable = false)
    private int rank;

    @Column(nullable = false)
    private boolean retired;

    @Column(length = 1000)
    private String note;

    protected CertificationLevel() {
    }

    public CertificationLevel(String scheme, String code, String name, int rank, boolean retired, String note) {
        describe(scheme, code, name, rank, retired, note);
    }

    public void describe(String scheme, String code, String name, int rank, boolean retired, String note) {
        this.scheme = scheme;
        this.code = code;
        this.name = name;
        this.rank = rank;
        this.retired = retired;
        this.note = note;
    }

    public String getScheme() {
        return scheme;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public int getRank() {
        return rank;
    }

    public boolean isRetired() {
        return retired;
    }

    public String getNote() {
        return note;
    }
}
