package org.ssaplanner.workforce.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.ssaplanner.workforce.PositionCommand;
import org.ssaplanner.workforce.PositionView;
import org.ssaplanner.workforce.PostType;
import org.ssaplanner.workforce.WorkforceCategory;

/** The add/edit form of a position. */
class PositionForm {

    static final String[] FIELDS = {"version", "title", "agencyId", "postType", "postName", "countryId", "category", "areaId", "requiredLevelId", "authorized", "personId", "filledFrom", "filledTo"};

    private long version;

    @NotBlank
    @Size(max = 200)
    private String title;

    @NotNull
    private Long agencyId;

    @NotNull
    private PostType postType;

    @Size(max = 200)
    private String postName;

    private Long countryId;

    @NotNull
    private WorkforceCategory category;

    private Long areaId;

    private Long requiredLevelId;

    private boolean authorized = true;

    private Long personId;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate filledFrom;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate filledTo;

    static PositionForm from(PositionView p) {
        PositionForm form = new PositionForm();
        form.version = p.version();
        form.title = p.title();
        form.agencyId = p.agencyId();
        form.postType = p.postType();
        form.postName = p.postName();
        form.countryId = p.countryId();
        form.category = p.category();
        form.areaId = p.areaId();
        form.requiredLevelId = p.requiredLevelId();
        form.authorized = p.authorized();
        form.personId = p.personId();
        form.filledFrom = p.filledFrom();
        form.filledTo = p.filledTo();
        return form;
    }

    PositionCommand toCommand() {
        return new PositionCommand(title, agencyId, postType, postName, countryId, category, areaId, requiredLevelId,
                authorized, personId, filledFrom, filledTo);
    }

    /** The end cannot come before the start (also checked by the service). */
    boolean datesInOrder() {
        return filledFrom == null || filledTo == null || !filledTo.isBefore(filledFrom);
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(Long agencyId) {
        this.agencyId = agencyId;
    }

    public PostType getPostType() {
        return postType;
    }

    public void setPostType(PostType postType) {
        this.postType = postType;
    }

    public String getPostName() {
        return postName;
    }

    public void setPostName(String postName) {
        this.postName = postName;
    }

    public Long getCountryId() {
        return countryId;
    }

    public void setCountryId(Long countryId) {
        this.countryId = countryId;
    }

    public WorkforceCategory getCategory() {
        return category;
    }

    public void setCategory(WorkforceCategory category) {
        this.category = category;
    }

    public Long getAreaId() {
        return areaId;
    }

    public void setAreaId(Long areaId) {
        this.areaId = areaId;
    }

    public Long getRequiredLevelId() {
        return requiredLevelId;
    }

    public void setRequiredLevelId(Long requiredLevelId) {
        this.requiredLevelId = requiredLevelId;
    }

    public boolean isAuthorized() {
        return authorized;
    }

    public void setAuthorized(boolean authorized) {
        this.authorized = authorized;
    }

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    public LocalDate getFilledFrom() {
        return filledFrom;
    }

    public void setFilledFrom(LocalDate filledFrom) {
        this.filledFrom = filledFrom;
    }

    public LocalDate getFilledTo() {
        return filledTo;
    }

    public void setFilledTo(LocalDate filledTo) {
        this.filledTo = filledTo;
    }
}
