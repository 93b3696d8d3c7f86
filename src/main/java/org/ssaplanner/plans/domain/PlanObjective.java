package org.ssaplanner.plans.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.ssaplanner.reference.ObjectiveCategory;
import org.ssaplanner.shared.security.CurrentUsers;

/** An objective of a plan's theory of change, tagged with one objective category. */
@Entity
@Table(name = "plan_objective")
public class PlanObjective {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id", nullable = false, updatable = false)
    private long planId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ObjectiveCategory category;

    @Column(nullable = false, length = 300)
    private String title;

    @Column
    private String description;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    @Version
    @Column(nullable = false)
    private long version;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.now();

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy = CurrentUsers.SYSTEM;

    protected PlanObjective() {
    }

    public PlanObjective(long planId, ObjectiveCategory category, String title, String description) {
        this.planId = planId;
        change(category, title, description);
    }

    public void change(ObjectiveCategory category, String title, String description) {
        this.category = category;
        this.title = title;
        this.description = description;
        touch();
    }

    private void touch() {
        updatedAt = Instant.now();
        updatedBy = CurrentUsers.currentUsernameOrSystem();
    }

    public long getVersion() {
        return version;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Long getId() {
        return id;
    }

    public long getPlanId() {
        return planId;
    }

    public ObjectiveCategory getCategory() {
        return category;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }
}
