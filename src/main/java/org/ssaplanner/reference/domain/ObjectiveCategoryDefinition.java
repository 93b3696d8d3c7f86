package org.ssaplanner.reference.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.ssaplanner.reference.ReferenceItem;

@Entity
@Immutable
@Table(name = "objective_category")
public class ObjectiveCategoryDefinition {

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "definition", nullable = false)
    private String description;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected ObjectiveCategoryDefinition() {
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
