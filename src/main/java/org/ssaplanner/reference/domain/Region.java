package org.ssaplanner.reference.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.ssaplanner.shared.domain.AuditedEntity;

@Entity
@Table(name = "region")
public class Region extends AuditedEntity {

    @Column(nullable = false, length = 100)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Region parent;

    @Column(name = "un_m49_code", length = 3)
    private String unM49Code;

    protected Region() {
    }

    public Region(String name, Region parent) {
        this.name = name;
        this.parent = parent;
    }

    public String getName() {
        return name;
    }

    public Region getParent() {
        return parent;
    }

    public String getUnM49Code() {
        return unM49Code;
    }
}
