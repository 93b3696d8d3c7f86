package org.ssaplanner.workforce.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.ssaplanner.shared.domain.AuditedEntity;

/** A functional area of certification; confirmed is false while it has not been checked against a primary source. */
@Entity
@Audited
@Table(name = "workforce_functional_area")
public class FunctionalArea extends AuditedEntity {

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false)
    private boolean confirmed;

    @Column(nullable = false)
    private boolean retired;

    @Column(length = 1000)
    private String note;

    protected FunctionalArea() {
    }

    public FunctionalArea(String code, String name, boolean confirmed, boolean retired, String note) {
        describe(code, name, confirmed, retired, note);
    }

    public void describe(String code, String name, boolean confirmed, boolean retired, String note) {
        this.code = code;
        this.name = name;
        this.confirmed = confirmed;
        this.retired = retired;
        this.note = note;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public boolean isRetired() {
        return retired;
    }

    public String getNote() {
        return note;
    }
}
