package org.ssaplanner.workforce.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.ssaplanner.shared.domain.AuditedEntity;
import org.ssaplanner.workforce.PositionCommand;
import org.ssaplanner.workforce.PostType;
import org.ssaplanner.workforce.WorkforceCategory;

/** A position of an agency at a post: what it requires, whether it is authorized, and who fills it from when to when. */
@Entity
@Audited
@Table(name = "workforce_position")
public class Position extends AuditedEntity {

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "agency_id", nullable = false)
    private long agencyId;

    @Enumerated(EnumType.STRING)
    @Column(name = "post_kind", nullable = false, length = 40)
    private PostType postType;

    @Column(name = "post_name", length = 200)
    private String postName;

    @Column(name = "country_id")
    private Long countryId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private WorkforceCategory category;

    @Column(name = "area_id")
    private Long areaId;

    @Column(name = "required_level_id")
    private Long requiredLevelId;

    @Column(nullable = false)
    private boolean authorized;

    @Column(name = "person_id")
    private Long personId;

    @Column(name = "filled_from")
    private LocalDate filledFrom;

    @Column(name = "filled_to")
    private LocalDate filledTo;

    protected Position() {
    }

    public Position(PositionCommand command) {
        describe(command);
    }

    public void describe(PositionCommand c) {
        if (c.filledFrom() != null && c.filledTo() != null && c.filledTo().isBefore(c.filledFrom())) {
            throw new IllegalArgumentException("filled to before filled from");
        }
        this.title = c.title().trim();
        this.agencyId = c.agencyId();
        this.postType = c.postType();
        this.postName = c.postName() == null || c.postName().isBlank() ? null : c.postName().trim();
        this.countryId = c.countryId();
        this.category = c.category();
        this.areaId = c.areaId();
        this.requiredLevelId = c.requiredLevelId();
        this.authorized = c.authorized();
        this.personId = c.personId();
        this.filledFrom = c.filledFrom();
        this.filledTo = c.filledTo();
    }

    public String getTitle() {
        return title;
    }

    public long getAgencyId() {
        return agencyId;
    }

    public PostType getPostType() {
        return postType;
    }

    public String getPostName() {
        return postName;
    }

    public Long getCountryId() {
        return countryId;
    }

    public WorkforceCategory getCategory() {
        return category;
    }

    public Long getAreaId() {
        return areaId;
    }

    public Long getRequiredLevelId() {
        return requiredLevelId;
    }

    public boolean isAuthorized() {
        return authorized;
    }

    public Long getPersonId() {
        return personId;
    }

    public LocalDate getFilledFrom() {
        return filledFrom;
    }

    public LocalDate getFilledTo() {
        return filledTo;
    }
}
