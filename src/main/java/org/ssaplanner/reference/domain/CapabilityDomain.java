package org.ssaplanner.reference.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Immutable
@Table(name = "capability_domain")
public class CapabilityDomain extends CodedReference {

    @Column(name = "competition_focus", nullable = false)
    private String competitionFocus;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "crs_sector_code", nullable = false, length = 5)
    private String crsSectorCode;

    public String getCompetitionFocus() {
        return competitionFocus;
    }

    /** The DAC purpose code the domain's programs are reported under (IATI sector vocabulary 1). */
    public String getCrsSectorCode() {
        return crsSectorCode;
    }

    protected CapabilityDomain() {
    }
}
