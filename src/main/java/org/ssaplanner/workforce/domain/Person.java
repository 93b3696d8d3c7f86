package org.ssaplanner.workforce.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.ssaplanner.shared.domain.AuditedEntity;
import org.ssaplanner.workforce.WorkforceCategory;

/** A person of the security-assistance workforce (not a user; may be linked to one). */
@Entity
@Audited
@Table(name = "workforce_person")
public class Person extends AuditedEntity {

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "agency_id", nullable = false)
    private long agencyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private WorkforceCategory category;

    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;

    @Column(name = "employee_number", length = 40)
    private String employeeNumber;

    @Column(length = 300)
    private String contact;

    @Column(name = "user_id")
    private Long userId;

    @Column(name = "interagency_experience", length = 4000)
    private String interagencyExperience;

    protected Person() {
    }

    public Person(String name, long agencyId, WorkforceCategory category, LocalDate dateOfBirth, String employeeNumber,
            String contact, String interagencyExperience) {
        describe(name, agencyId, category, dateOfBirth, employeeNumber, contact, interagencyExperience);
    }

    public void describe(String name, long agencyId, WorkforceCategory category, LocalDate dateOfBirth,
            String employeeNumber, String contact, String interagencyExperience) {
        this.name = name;
        this.agencyId = agencyId;
        this.category = category;
        this.dateOfBirth = dateOfBirth;
        this.employeeNumber = employeeNumber;
        this.contact = contact;
        this.interagencyExperience = interagencyExperience;
    }

    /** Links the person to a user (null: to none). The service checks the user's agency and that no one else holds it. */
    public void linkUser(Long userId) {
        this.userId = userId;
    }

    public String getName() {
        return name;
    }

    public long getAgencyId() {
        return agencyId;
    }

    public WorkforceCategory getCategory() {
        return category;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public String getEmployeeNumber() {
        return employeeNumber;
    }

    public String getContact() {
        return contact;
    }

    public Long getUserId() {
        return userId;
    }

    public String getInteragencyExperience() {
        return interagencyExperience;
    }
}
