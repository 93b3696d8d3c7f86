package org.ssaplanner.compliance.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.ssaplanner.compliance.HumanRightsRecordChanged;
import org.ssaplanner.compliance.IncidentCategory;
import org.ssaplanner.compliance.IncidentStatus;
import org.ssaplanner.shared.domain.AuditedEntity;

@Entity
@Audited
@Table(name = "hr_incident")
public class HumanRightsIncident extends AuditedEntity {

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Column(name = "incident_date", nullable = false)
    private LocalDate incidentDate;

    @Column(nullable = false, length = 200)
    private String location;

    @Column(nullable = false)
    private String description;

    @Column(nullable = false, length = 300)
    private String source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private IncidentCategory category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private IncidentStatus status;

    @Column(name = "status_decided_by", nullable = false, length = 100)
    private String statusDecidedBy;

    @Column(name = "status_decided_at", nullable = false)
    private Instant statusDecidedAt;

    @NotAudited
    @OneToMany(mappedBy = "incident", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("decidedAt, id")
    @BatchSize(size = 50)
    private List<IncidentStatusChange> statusChanges = new ArrayList<>();

    protected HumanRightsIncident() {
    }

    public HumanRightsIncident(long unitId, LocalDate incidentDate, String location, String description, String source,
            IncidentCategory category, String by, Instant at) {
        this.unitId = unitId;
        this.incidentDate = incidentDate;
        this.location = location;
        this.description = description;
        this.source = source;
        this.category = category;
        this.status = IncidentStatus.REPORTED;
        this.statusDecidedBy = by;
        this.statusDecidedAt = at;
        statusChanges.add(new IncidentStatusChange(this, null, IncidentStatus.REPORTED, by, at, null));
        changed();
    }

    /** A new record or a status change is published on save. */
    private void changed() {
        registerEvent(() -> new HumanRightsRecordChanged(unitId, getId()));
    }

    /** Moves the credibility status along the allowed transitions, recording who decided and when. */
    public void changeStatus(IncidentStatus target, String by, Instant at, String note) {
        if (!status.canMoveTo(target)) {
            throw new IllegalStateException("incident " + getId() + ": " + status + " -> " + target + " not allowed");
        }
        statusChanges.add(new IncidentStatusChange(this, status, target, by, at, note));
        this.status = target;
        this.statusDecidedBy = by;
        this.statusDecidedAt = at;
        changed();
    }

    public long getUnitId() { return unitId; }
    public LocalDate getIncidentDate() { return incidentDate; }
    public String getLocation() { return location; }
    public String getDescription() { return description; }
    public String getSource() { return source; }
    public IncidentCategory getCategory() { return category; }
    public IncidentStatus getStatus() { return status; }
    public String getStatusDecidedBy() { return statusDecidedBy; }
    public Instant getStatusDecidedAt() { return statusDecidedAt; }
    public List<IncidentStatusChange> getStatusChanges() { return List.copyOf(statusChanges); }
}
