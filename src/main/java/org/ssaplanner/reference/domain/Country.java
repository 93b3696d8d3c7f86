package org.ssaplanner.reference.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.ssaplanner.shared.domain.AuditedEntity;

@Entity
@Table(name = "country")
public class Country extends AuditedEntity {

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(nullable = false, length = 2)
    private String alpha2;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(nullable = false, length = 3)
    private String alpha3;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "numeric_code", nullable = false, length = 3)
    private String numericCode;

    @Column(nullable = false, length = 100)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "region_id", nullable = false)
    private Region region;

    @Column(name = "competing_providers")
    private String competingProviders;

    protected Country() {
    }

    public void placeIn(Region region, String competingProviders) {
        this.region = region;
        this.competingProviders = competingProviders;
    }

    public String getAlpha2() {
        return alpha2;
    }

    public String getAlpha3() {
        return alpha3;
    }

    public String getNumericCode() {
        return numericCode;
    }

    public String getName() {
        return name;
    }

    public Region getRegion() {
        return region;
    }

    public String getCompetingProviders() {
        return competingProviders;
    }
}
