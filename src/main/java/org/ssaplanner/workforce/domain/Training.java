package org.ssaplanner.workforce.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.ssaplanner.shared.domain.AuditedEntity;

/** A training record of a person: a course completed on a date, perhaps expiring. */
@Entity
@Audited
@Table(name = "workforce_training")
public class Training extends AuditedEntity {

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(nullable = false, length = 200)
    private String course;

    @Column(name = "completed_on", nullable = false)
    private LocalDate completedOn;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    protected Training() {
    }

    public Training(long personId, String course, LocalDate completedOn, LocalDate expiresOn) {
        if (expiresOn != null && expiresOn.isBefore(completedOn)) {
            throw new IllegalArgumentException("expiry before completion");
        }
        this.personId = personId;
        this.course = course;
        this.completedOn = completedOn;
        this.expiresOn = expiresOn;
    }

    public long getPersonId() {
        return personId;
    }

    public String getCourse() {
        return course;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }
}
