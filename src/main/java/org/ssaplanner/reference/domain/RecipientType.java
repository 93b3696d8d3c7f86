package org.ssaplanner.reference.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.ssaplanner.reference.ReferenceItem;

@Entity
@Immutable
@Table(name = "recipient_type")
public class RecipientType {

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "description", nullable = false)
    private String description;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected RecipientType() {
    }

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
