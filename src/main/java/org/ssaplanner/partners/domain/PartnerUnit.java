package org.ssaplanner.partners.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.ssaplanner.shared.domain.AuditedEntity;

@Entity
@Audited
@Table(name = "partner_unit")
public class PartnerUnit extends AuditedEntity {

    @Column(name = "country_id", nullable = false)
    private long countryId;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "force_type_code", nullable = false, length = 40)
    private String forceTypeCode;

    // history points at the current parent: seeded parents have no audit revision of their own
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private PartnerUnit parent;

    @Column
    private String description;

    @Column(nullable = false)
    private boolean active = true;

    protected PartnerUnit() {
    }

    public PartnerUnit(long countryId, String name, String forceTypeCode, PartnerUnit parent, String description) {
        this.countryId = countryId;
        this.name = name;
        this.forceTypeCode = forceTypeCode;
        this.parent = parent;
        this.description = description;
    }

    public long getCountryId() {
        return countryId;
    }

    public String getName() {
        return name;
    }

    public String getForceTypeCode() {
        return forceTypeCode;
    }

    public PartnerUnit getParent() {
        return parent;
    }

    public String getDescription() {
        return description;
    }

    public boolean isActive() {
        return active;
    }
}
