package org.ssaplanner.countryteam.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.ssaplanner.countryteam.MemberCommand;
import org.ssaplanner.countryteam.MemberView;
import org.ssaplanner.countryteam.TeamRole;

/** The add/edit form of a country-team member. */
class MemberForm {

    static final String[] FIELDS = {"version", "role", "name", "agencyId", "postId", "contact", "tourStart", "tourEnd"};

    private long version;

    @NotNull
    private TeamRole role;

    @NotBlank
    @Size(max = 200)
    private String name;

    @NotNull
    private Long agencyId;

    private Long postId;

    @Size(max = 300)
    private String contact;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate tourStart;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate tourEnd;

    static MemberForm from(MemberView member) {
        MemberForm form = new MemberForm();
        form.version = member.version();
        form.role = member.role();
        form.name = member.name();
        form.agencyId = member.agencyId();
        form.postId = member.postId();
        form.contact = member.contact();
        form.tourStart = member.tourStart();
        form.tourEnd = member.tourEnd();
        return form;
    }

    MemberCommand toCommand() {
        return new MemberCommand(role, name, agencyId, postId, contact, tourStart, tourEnd);
    }

    /** The tour cannot end before it starts (also checked by the service). */
    boolean tourInOrder() {
        return tourStart == null || tourEnd == null || !tourEnd.isBefore(tourStart);
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public TeamRole getRole() {
        return role;
    }

    public void setRole(TeamRole role) {
        this.role = role;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(Long agencyId) {
        this.agencyId = agencyId;
    }

    public Long getPostId() {
        return postId;
    }

    public void setPostId(Long postId) {
        this.postId = postId;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public LocalDate getTourStart() {
        return tourStart;
    }

    public void setTourStart(LocalDate tourStart) {
        this.tourStart = tourStart;
    }

    public LocalDate getTourEnd() {
        return tourEnd;
    }

    public void setTourEnd(LocalDate tourEnd) {
        this.tourEnd = tourEnd;
    }
}
