package org.ssaplanner.authorities.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.ssaplanner.authorities.AuthorityChanged;
import org.ssaplanner.authorities.AuthorityDuration;
import org.ssaplanner.authorities.ExceptionApplies;
import org.ssaplanner.authorities.ProgramCategory;
import org.ssaplanner.authorities.SourceAct;
import org.ssaplanner.authorities.Statute;
import org.ssaplanner.shared.domain.AuditedEntity;

@Entity
@Audited
@Table(name = "authority")
public class Authority extends AuditedEntity {

    @Column(name = "short_name", nullable = false, length = 40)
    private String shortName;

    @Column(nullable = false, length = 100)
    private String citation;

    @Column(name = "section_reference", length = 100)
    private String sectionReference;

    @Column(nullable = false, length = 300)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Statute statute;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_act", nullable = false, length = 20)
    private SourceAct sourceAct;

    @Enumerated(EnumType.STRING)
    @Column(name = "program_category", nullable = false, length = 30)
    private ProgramCategory category;

    @Column(name = "managing_agency_id", nullable = false)
    private long managingAgencyId;

    @Column(name = "funding_account", nullable = false, length = 200)
    private String fundingAccount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AuthorityDuration duration;

    @Column(name = "sunset_date")
    private LocalDate sunsetDate;

    @Column(name = "notification_days")
    private Integer notificationDays;

    @Column(name = "notification_basis", length = 300)
    private String notificationBasis;

    @Column(name = "program_area", length = 200)
    private String programArea;

    @Column
    private String guidance;

    @NotAudited
    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "authority_assistance_type", joinColumns = @JoinColumn(name = "authority_id"))
    @Column(name = "assistance_type_code", nullable = false, length = 40)
    private Set<String> assistanceTypeCodes = new HashSet<>();

    @NotAudited
    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "authority_recipient_type", joinColumns = @JoinColumn(name = "authority_id"))
    @Column(name = "recipient_type_code", nullable = false, length = 40)
    private Set<String> recipientTypeCodes = new HashSet<>();

    /** The statutory exceptions of restrictions this authority carries (audited: they are in its history). */
    @OneToMany(mappedBy = "authority", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    @BatchSize(size = 50)
    private List<CarriedException> carriedExceptions = new ArrayList<>();

    protected Authority() {
    }

    public Authority(String shortName, String citation, String title) {
        this.shortName = shortName;
        this.citation = citation;
        this.title = title;
        changed();
    }

    /** Whatever changes an authority is published on save. */
    private void changed() {
        registerEvent(() -> new AuthorityChanged(getId()));
    }

    public void identify(String shortName, String citation, String sectionReference, String title) {
        this.shortName = shortName;
        this.citation = citation;
        this.sectionReference = sectionReference;
        this.title = title;
        changed();
    }

    public void classify(Statute statute, SourceAct sourceAct, ProgramCategory category, long managingAgencyId,
            String fundingAccount) {
        this.statute = statute;
        this.sourceAct = sourceAct;
        this.category = category;
        this.managingAgencyId = managingAgencyId;
        this.fundingAccount = fundingAccount;
        changed();
    }

    /** Temporary authorities need a sunset date; permanent ones have none. */
    public void setDuration(AuthorityDuration duration, LocalDate sunsetDate) {
        if (duration == AuthorityDuration.TEMPORARY && sunsetDate == null) {
            throw new IllegalArgumentException("temporary authority without sunset date");
        }
        this.duration = duration;
        this.sunsetDate = duration == AuthorityDuration.TEMPORARY ? sunsetDate : null;
        changed();
    }

    public void describe(Integer notificationDays, String notificationBasis, String programArea, String guidance) {
        this.notificationDays = notificationDays;
        this.notificationBasis = notificationBasis;
        this.programArea = programArea;
        this.guidance = guidance;
        changed();
    }

    public void permit(Collection<String> assistanceTypes, Collection<String> recipientTypes) {
        assistanceTypeCodes.retainAll(assistanceTypes);
        assistanceTypeCodes.addAll(assistanceTypes);
        recipientTypeCodes.retainAll(recipientTypes);
        recipientTypeCodes.addAll(recipientTypes);
        changed();
    }

    /** Records that the authority carries a statutory exception (one entry per exception). */
    public CarriedException carry(long exceptionId, ExceptionApplies applies, String conditionText, String scope) {
        if (carries(exceptionId)) {
            throw new IllegalArgumentException("exception " + exceptionId + " is already carried");
        }
        CarriedException carried = new CarriedException(this, exceptionId, applies, conditionText, scope);
        carriedExceptions.add(carried);
        changed();
        return carried;
    }

    public boolean stopCarrying(long carriedId) {
        boolean removed = carriedExceptions.removeIf(c -> c.getId() != null && c.getId() == carriedId);
        if (removed) {
            changed();
        }
        return removed;
    }

    public boolean carries(long exceptionId) {
        return carriedExceptions.stream().anyMatch(c -> c.getExceptionId() == exceptionId);
    }

    public Optional<CarriedException> carried(long carriedId) {
        return carriedExceptions.stream().filter(c -> c.getId() != null && c.getId() == carriedId).findFirst();
    }

    public List<CarriedException> getCarriedExceptions() {
        return List.copyOf(carriedExceptions);
    }

    public String getShortName() {
        return shortName;
    }

    public String getCitation() {
        return citation;
    }

    public String getSectionReference() {
        return sectionReference;
    }

    public String getTitle() {
        return title;
    }

    public Statute getStatute() {
        return statute;
    }

    public SourceAct getSourceAct() {
        return sourceAct;
    }

    public ProgramCategory getCategory() {
        return category;
    }

    public long getManagingAgencyId() {
        return managingAgencyId;
    }

    public String getFundingAccount() {
        return fundingAccount;
    }

    public AuthorityDuration getDuration() {
        return duration;
    }

    public LocalDate getSunsetDate() {
        return sunsetDate;
    }

    public Integer getNotificationDays() {
        return notificationDays;
    }

    public String getNotificationBasis() {
        return notificationBasis;
    }

    public String getProgramArea() {
        return programArea;
    }

    public String getGuidance() {
        return guidance;
    }

    public List<String> assistanceTypeCodes() {
        return assistanceTypeCodes.stream().sorted().toList();
    }

    public List<String> recipientTypeCodes() {
        return recipientTypeCodes.stream().sorted().toList();
    }
}
