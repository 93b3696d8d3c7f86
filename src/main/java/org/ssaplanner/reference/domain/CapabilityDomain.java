package org.ssaplanner.reference.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

@Entity
@Immutable
@Table(name = "capability_domain")
public class CapabilityDomain extends CodedReference {

    @Column(name = "competition_focus", nullable = false)
    private String competitionFocus;

    public String getCompetitionFocus() {
        return competitionFocus;
    }

    protected CapabilityDomain() {
    }
}
