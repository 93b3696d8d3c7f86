package org.ssaplanner.plans.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.ssaplanner.shared.security.CurrentUsers;

/** An intermediate outcome of an objective, and the programs (by id) that serve it. */
@Entity
@Table(name = "plan_outcome")
public class PlanOutcome {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "objective_id", nullable = false, updatable = false)
    private long objectiveId;

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

    @ElementCollection
    @CollectionTable(name = "plan_outcome_program", joinColumns = @JoinColumn(name = "outcome_id"))
    @Column(name = "program_id", nullable = false)
    private Set<Long> programIds = new HashSet<>();

    protected PlanOutcome() {
    }

    public PlanOutcome(long objectiveId, String title, String description) {
        this.objectiveId = objectiveId;
        change(title, description);
    }

    public void change(String title, String description) {
        this.title = title;
        this.description = description;
        touch();
    }

    public void link(long programId) {
        programIds.add(programId);
        touch();
    }

    public void unlink(long programId) {
        programIds.remove(programId);
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

    public long getObjectiveId() {
        return objectiveId;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public Set<Long> getProgramIds() {
        return Set.copyOf(programIds);
    }
}
