package org.ssaplanner.reference.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.ssaplanner.reference.ReferenceItem;

/** A row of a coded reference table (code, name, description, display order); read-only in the app. */
@MappedSuperclass
public abstract class CodedReference {

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String description;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public ReferenceItem toItem() {
        return new ReferenceItem(code, name, description);
    }
}
