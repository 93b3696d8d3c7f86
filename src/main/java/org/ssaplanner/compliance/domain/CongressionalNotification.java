package org.ssaplanner.compliance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.ssaplanner.shared.domain.AuditedEntity;

/** A congressional notification filed for a program under an authority. */
@Entity
@Table(name = "congressional_notification")
public class CongressionalNotification extends AuditedEntity {

    @Column(name = "program_id", nullable = false)
    private long programId;

    @Column(name = "authority_id", nullable = false)
    private long authorityId;

    @Column(name = "filed_on", nullable = false)
    private LocalDate filedOn;

    @Column(nullable = false, length = 200)
    private String reference;

    protected CongressionalNotification() {
    }

    public CongressionalNotification(long programId, long authorityId, LocalDate filedOn, String reference) {
        this.programId = programId;
        this.authorityId = authorityId;
        this.filedOn = filedOn;
        this.reference = reference;
    }

    public void refile(LocalDate filedOn, String reference) {
        this.filedOn = filedOn;
        this.reference = reference;
    }

    public long getProgramId() { return programId; }
    public long getAuthorityId() { return authorityId; }
    public LocalDate getFiledOn() { return filedOn; }
    public String getReference() { return reference; }
}
