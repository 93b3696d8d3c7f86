package org.ssaplanner.plans.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.ssaplanner.plans.AgencyInvited;
import org.ssaplanner.plans.PlanParticipantsChanged;
import org.ssaplanner.plans.PlanReviewEnded;
import org.ssaplanner.plans.PlanStatus;
import org.ssaplanner.plans.PlanSubmittedForReview;
import org.ssaplanner.plans.PlanTransitionException;
import org.ssaplanner.shared.domain.AuditedEntity;

/** A country plan: one partner country, a fiscal-year span, exactly one conductor, participating agencies. */
@Entity
@Audited
@Table(name = "country_plan")
public class CountryPlan extends AuditedEntity {

    /** Days an interagency review lasts when the submitter names no due date. */
    public static final int DEFAULT_REVIEW_DAYS = 30;

    @Column(name = "country_id", nullable = false)
    private long countryId;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "start_fiscal_year", nullable = false)
    private int startFiscalYear;

    @Column(name = "end_fiscal_year", nullable = false)
    private int endFiscalYear;

    @Column(name = "desired_end_states", nullable = false)
    private String desiredEndStates;

    @Column(name = "conductor_user_id", nullable = false)
    private long conductorUserId;

    @Column(name = "conductor_agency_id", nullable = false)
    private long conductorAgencyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private PlanStatus status = PlanStatus.DRAFT;

    @ElementCollection
    @CollectionTable(name = "plan_participating_agency", joinColumns = @JoinColumn(name = "plan_id"))
    @Column(name = "agency_id", nullable = false)
    private Set<Long> participatingAgencyIds = new HashSet<>();

    protected CountryPlan() {
    }

    public CountryPlan(long countryId, String title, int startFiscalYear, int endFiscalYear, String desiredEndStates) {
        describe(countryId, title, startFiscalYear, endFiscalYear, desiredEndStates);
    }

    public void describe(long countryId, String title, int startFiscalYear, int endFiscalYear,
            String desiredEndStates) {
        if (endFiscalYear < startFiscalYear) {
            throw new IllegalArgumentException("fiscal-year span ends before it starts");
        }
        this.countryId = countryId;
        this.title = title;
        this.startFiscalYear = startFiscalYear;
        this.endFiscalYear = endFiscalYear;
        this.desiredEndStates = desiredEndStates;
    }

    /** Exactly one conductor: assigning one replaces the previous. */
    public void assignConductor(long userId, long agencyId) {
        this.conductorUserId = userId;
        this.conductorAgencyId = agencyId;
    }

    public void replaceParticipatingAgencies(Collection<Long> agencyIds) {
        boolean changed = participatingAgencyIds.retainAll(agencyIds);
        changed |= participatingAgencyIds.addAll(agencyIds);
        if (changed) {
            participantsChanged();
        }
    }

    /**
     * The agency stops taking part (its official declined the invitation, issue 14, section 2); the conductor's
     * agency always takes part. Refused on an archived plan.
     */
    public void leave(long agencyId) {
        if (status == PlanStatus.ARCHIVED) {
            throw new PlanTransitionException(status, status);
        }
        if (agencyId == conductorAgencyId) {
            throw new IllegalStateException("the conductor's agency " + agencyId + " always takes part");
        }
        if (participatingAgencyIds.remove(agencyId)) {
            participantsChanged();
        }
    }

    /** Tells the modules that follow participation (concurrence: requests during review, pending invitations). */
    private void participantsChanged() {
        Set<Long> now = Set.copyOf(participatingAgencyIds);
        registerEvent(() -> new PlanParticipantsChanged(getId(), now));
    }

    /**
     * An agency invited to take part (issue 14, section 2: a suggestion the conductor took up): it joins the
     * participating agencies, and {@link AgencyInvited} tells the modules that follow participation; during review
     * {@link PlanParticipantsChanged} too, so that concurrence asks the new agency.
     * Refused on an archived plan and for an agency that already takes part.
     */
    public void invite(long agencyId, String invitedBy) {
        if (status == PlanStatus.ARCHIVED) {
            throw new PlanTransitionException(status, status);
        }
        if (!participatingAgencyIds.add(agencyId)) {
            throw new IllegalStateException("agency " + agencyId + " already participates");
        }
        registerEvent(() -> new AgencyInvited(getId(), agencyId, invitedBy));
        // invited during review: the agency is asked for its concurrence like the others
        participantsChanged();
    }

    /** Submits the draft for interagency review with the default due date ({@link #DEFAULT_REVIEW_DAYS} days). */
    public void submitForReview() {
        submitForReview(LocalDate.now(ZoneOffset.UTC).plusDays(DEFAULT_REVIEW_DAYS));
    }

    /** Submits the draft for interagency review: each participating agency answers by the due date. */
    public void submitForReview(LocalDate reviewDueDate) {
        moveTo(PlanStatus.INTERAGENCY_REVIEW);
        Set<Long> agencies = Set.copyOf(participatingAgencyIds);
        registerEvent(() -> new PlanSubmittedForReview(getId(), reviewDueDate, agencies));
    }

    public void returnToDraft() {
        moveTo(PlanStatus.DRAFT);
        registerEvent(() -> new PlanReviewEnded(getId(), PlanStatus.DRAFT, null));
    }

    public void approve() {
        approve(null);
    }

    /** Approves the plan in review; the justification of an approval over objections, else null. */
    public void approve(String justification) {
        moveTo(PlanStatus.APPROVED);
        registerEvent(() -> new PlanReviewEnded(getId(), PlanStatus.APPROVED, justification));
    }

    public void archive() {
        moveTo(PlanStatus.ARCHIVED);
    }

    public void moveTo(PlanStatus target) {
        if (!status.canMoveTo(target)) {
            throw new PlanTransitionException(status, target);
        }
        this.status = target;
    }

    public long getCountryId() {
        return countryId;
    }

    public String getTitle() {
        return title;
    }

    public int getStartFiscalYear() {
        return startFiscalYear;
    }

    public int getEndFiscalYear() {
        return endFiscalYear;
    }

    public String getDesiredEndStates() {
        return desiredEndStates;
    }

    public long getConductorUserId() {
        return conductorUserId;
    }

    public long getConductorAgencyId() {
        return conductorAgencyId;
    }

    public PlanStatus getStatus() {
        return status;
    }

    public Set<Long> getParticipatingAgencyIds() {
        return Set.copyOf(participatingAgencyIds);
    }
}
