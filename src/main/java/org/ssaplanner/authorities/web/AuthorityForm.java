package org.ssaplanner.authorities.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.ssaplanner.authorities.AuthorityCommand;
import org.ssaplanner.authorities.AuthorityDetail;
import org.ssaplanner.authorities.AuthorityDuration;
import org.ssaplanner.authorities.ProgramCategory;
import org.ssaplanner.authorities.SourceAct;
import org.ssaplanner.authorities.Statute;

class AuthorityForm {

    static final String[] FIELDS = {"shortName", "citation", "sectionReference", "title", "statute", "sourceAct",
        "category", "managingAgencyId", "fundingAccount", "duration", "sunsetDate", "notificationDays",
        "notificationBasis", "programArea", "guidance", "assistanceTypeCodes", "recipientTypeCodes", "version"};

    @NotBlank
    @Size(max = 40)
    private String shortName;
    @NotBlank
    @Size(max = 100)
    private String citation;
    @Size(max = 100)
    private String sectionReference;
    @NotBlank
    @Size(max = 300)
    private String title;
    @NotNull
    private Statute statute;
    @NotNull
    private SourceAct sourceAct;
    @NotNull
    private ProgramCategory category;
    @NotNull
    private Long managingAgencyId;
    @NotBlank
    @Size(max = 200)
    private String fundingAccount;
    @NotNull
    private AuthorityDuration duration = AuthorityDuration.PERMANENT;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate sunsetDate;
    @Min(value = 0, message = "{authority.notificationDays.range}")
    @Max(value = 365, message = "{authority.notificationDays.range}")
    private Integer notificationDays;
    @Size(max = 300)
    private String notificationBasis;
    @Size(max = 200)
    private String programArea;
    @Size(max = 10000)
    private String guidance;
    private Set<String> assistanceTypeCodes = new LinkedHashSet<>();
    private Set<String> recipientTypeCodes = new LinkedHashSet<>();
    private long version;

    static AuthorityForm from(AuthorityDetail a) {
        AuthorityForm f = new AuthorityForm();
        f.shortName = a.shortName();
        f.citation = a.citation();
        f.sectionReference = a.sectionReference();
        f.title = a.title();
        f.statute = a.statute();
        f.sourceAct = a.sourceAct();
        f.category = a.category();
        f.managingAgencyId = a.managingAgencyId();
        f.fundingAccount = a.fundingAccount();
        f.duration = a.duration();
        f.sunsetDate = a.sunsetDate();
        f.notificationDays = a.notificationDays();
        f.notificationBasis = a.notificationBasis();
        f.programArea = a.programArea();
        f.guidance = a.guidance();
        f.assistanceTypeCodes = new LinkedHashSet<>(a.assistanceTypeCodes());
        f.recipientTypeCodes = new LinkedHashSet<>(a.recipientTypeCodes());
        f.version = a.version();
        return f;
    }

    AuthorityCommand toCommand() {
        return new AuthorityCommand(shortName, citation, sectionReference, title, statute, sourceAct, category,
                managingAgencyId, fundingAccount, duration, sunsetDate, notificationDays, notificationBasis,
                programArea, guidance, Set.copyOf(assistanceTypeCodes), Set.copyOf(recipientTypeCodes));
    }

    public String getShortName() { return shortName; }
    public void setShortName(String v) { shortName = v; }
    public String getCitation() { return citation; }
    public void setCitation(String v) { citation = v; }
    public String getSectionReference() { return sectionReference; }
    public void setSectionReference(String v) { sectionReference = v; }
    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public Statute getStatute() { return statute; }
    public void setStatute(Statute v) { statute = v; }
    public SourceAct getSourceAct() { return sourceAct; }
    public void setSourceAct(SourceAct v) { sourceAct = v; }
    public ProgramCategory getCategory() { return category; }
    public void setCategory(ProgramCategory v) { category = v; }
    public Long getManagingAgencyId() { return managingAgencyId; }
    public void setManagingAgencyId(Long v) { managingAgencyId = v; }
    public String getFundingAccount() { return fundingAccount; }
    public void setFundingAccount(String v) { fundingAccount = v; }
    public AuthorityDuration getDuration() { return duration; }
    public void setDuration(AuthorityDuration v) { duration = v; }
    public LocalDate getSunsetDate() { return sunsetDate; }
    public void setSunsetDate(LocalDate v) { sunsetDate = v; }
    public Integer getNotificationDays() { return notificationDays; }
    public void setNotificationDays(Integer v) { notificationDays = v; }
    public String getNotificationBasis() { return notificationBasis; }
    public void setNotificationBasis(String v) { notificationBasis = v; }
    public String getProgramArea() { return programArea; }
    public void setProgramArea(String v) { programArea = v; }
    public String getGuidance() { return guidance; }
    public void setGuidance(String v) { guidance = v; }
    public Set<String> getAssistanceTypeCodes() { return assistanceTypeCodes; }
    public void setAssistanceTypeCodes(Set<String> v) { assistanceTypeCodes = v == null ? new LinkedHashSet<>() : v; }
    public Set<String> getRecipientTypeCodes() { return recipientTypeCodes; }
    public void setRecipientTypeCodes(Set<String> v) { recipientTypeCodes = v == null ? new LinkedHashSet<>() : v; }
    public long getVersion() { return version; }
    public void setVersion(long v) { version = v; }
}
