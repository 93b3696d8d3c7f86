package org.ssaplanner.workforce.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.ssaplanner.shared.domain.AuditedEntity;

/** A certification a person holds: area, level, date and expiry (never before the date). */
@Entity
@Audited
@Table(name = "workforce_certification")
public class Certification extends AuditedEntity {

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "area_id", nullable = false)
    private long areaId;

    @Column(name = "level_id", nullable = false)
    private long levelId;

    @Column(name = "certified_on", nullable = false)
    private LocalDate certifiedOn;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    protected Certification() {
    }

    public Certification(long personId, long areaId, long levelId, LocalDate certifiedOn, LocalDate expiresOn) {
        if (expiresOn != null && expiresOn.isBefore(certifiedOn)) {
            throw new IllegalArgumentException("expires before it was granted");
        }
        this.personId = personId;
        this.areaId = areaId;
        this.levelId = levelId;
        this.certifiedOn = certifiedOn;
        this.expiresOn = expiresOn;
    }

    public long getPersonId() {
        return personId;
    }

    public long getAreaId() {
        return areaId;
    }

    public long getLevelId() {
        return levelId;
    }

    public LocalDate getCertifiedOn() {
        return certifiedOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }
}
