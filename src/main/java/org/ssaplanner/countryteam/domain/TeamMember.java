package org.ssaplanner.countryteam.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.ssaplanner.countryteam.TeamRole;
import org.ssaplanner.shared.domain.AuditedEntity;

/** A person of the US country team: role, agency, post, contact and tour. */
@Entity
@Audited
@Table(name = "country_team_member")
public class TeamMember extends AuditedEntity {

    @Column(name = "country_id", nullable = false)
    private long countryId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private TeamRole role;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "agency_id", nullable = false)
    private long agencyId;

    @Column(name = "post_id")
    private Long postId;

    @Column(length = 300)
    private String contact;

    @Column(name = "tour_start")
    private LocalDate tourStart;

    @Column(name = "tour_end")
    private LocalDate tourEnd;

    protected TeamMember() {
    }

    public TeamMember(long countryId, TeamRole role, String name, long agencyId, Long postId, String contact,
            LocalDate tourStart, LocalDate tourEnd) {
        this.countryId = countryId;
        describe(role, name, agencyId, postId, contact, tourStart, tourEnd);
    }

    /** Refuses a tour that ends before it starts. */
    public void describe(TeamRole role, String name, long agencyId, Long postId, String contact, LocalDate tourStart,
            LocalDate tourEnd) {
        if (tourStart != null && tourEnd != null && tourEnd.isBefore(tourStart)) {
            throw new IllegalArgumentException("tour ends before it starts");
        }
        this.role = role;
        this.name = name;
        this.agencyId = agencyId;
        this.postId = postId;
        this.contact = contact;
        this.tourStart = tourStart;
        this.tourEnd = tourEnd;
    }

    /** The member's post closed: they stay on the team without one. */
    public void leavePost() {
        this.postId = null;
    }

    public long getCountryId() {
        return countryId;
    }

    public TeamRole getRole() {
        return role;
    }

    public String getName() {
        return name;
    }

    public long getAgencyId() {
        return agencyId;
    }

    public Long getPostId() {
        return postId;
    }

    public String getContact() {
        return contact;
    }

    public LocalDate getTourStart() {
        return tourStart;
    }

    public LocalDate getTourEnd() {
        return tourEnd;
    }
}
