package org.ssaplanner.workforce.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.ssaplanner.workforce.PersonCommand;
import org.ssaplanner.workforce.PersonDetail;
import org.ssaplanner.workforce.WorkforceCategory;

/** The add/edit form of a person. */
class PersonForm {

    static final String[] FIELDS = {"version", "name", "agencyId", "category", "dateOfBirth", "employeeNumber", "contact", "interagencyExperience", "userId"};

    private long version;

    @NotBlank
    @Size(max = 200)
    private String name;

    @NotNull
    private Long agencyId;

    @NotNull
    private WorkforceCategory category;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dateOfBirth;

    @Size(max = 40)
    private String employeeNumber;

    @Size(max = 300)
    private String contact;

    @Size(max = 4000)
    private String interagencyExperience;

    /** The linked user (administrators only set it). */
    private Long userId;

    static PersonForm from(PersonDetail person) {
        PersonForm form = new PersonForm();
        form.version = person.version();
        form.name = person.name();
        form.agencyId = person.agencyId();
        form.category = person.category();
        form.dateOfBirth = person.dateOfBirth();
        form.employeeNumber = person.employeeNumber();
        form.contact = person.contact();
        form.interagencyExperience = person.interagencyExperience();
        form.userId = person.userId();
        return form;
    }

    /** The command; the user link only when the form offers it (to administrators), otherwise left as it is. */
    PersonCommand toCommand(boolean linksUser) {
        return new PersonCommand(name, agencyId, category, dateOfBirth, employeeNumber, contact, interagencyExperience,
                linksUser ? new PersonCommand.UserLink(userId) : null);
    }

    public Long getUserId() {
        return userId;
    }

    public void setUserId(Long userId) {
        this.userId = userId;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
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

    public WorkforceCategory getCategory() {
        return category;
    }

    public void setCategory(WorkforceCategory category) {
        this.category = category;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public String getEmployeeNumber() {
        return employeeNumber;
    }

    public void setEmployeeNumber(String employeeNumber) {
        this.employeeNumber = employeeNumber;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public String getInteragencyExperience() {
        return interagencyExperience;
    }

    public void setInteragencyExperience(String interagencyExperience) {
        this.interagencyExperience = interagencyExperience;
    }
}
