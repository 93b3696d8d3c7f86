package org.ssaplanner.countryteam.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.ssaplanner.countryteam.PostKind;
import org.ssaplanner.shared.domain.AuditedEntity;

/** A US post in a partner country: embassy, consulate, security cooperation office or attaché office. */
@Entity
@Audited
@Table(name = "country_team_post")
public class TeamPost extends AuditedEntity {

    @Column(name = "country_id", nullable = false)
    private long countryId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private PostKind kind;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 100)
    private String city;

    @Column(name = "agency_id", nullable = false)
    private long agencyId;

    protected TeamPost() {
    }

    public TeamPost(long countryId, PostKind kind, String name, String city, long agencyId) {
        this.countryId = countryId;
        describe(kind, name, city, agencyId);
    }

    public void describe(PostKind kind, String name, String city, long agencyId) {
        this.kind = kind;
        this.name = name;
        this.city = city;
        this.agencyId = agencyId;
    }

    public long getCountryId() {
        return countryId;
    }

    public PostKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getCity() {
        return city;
    }

    public long getAgencyId() {
        return agencyId;
    }
}
