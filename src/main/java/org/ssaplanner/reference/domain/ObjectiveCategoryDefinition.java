package org.ssaplanner.reference.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

@Entity
@Immutable
@Table(name = "objective_category")
@AttributeOverride(name = "description", column = @Column(name = "definition", nullable = false))
public class ObjectiveCategoryDefinition extends CodedReference {

    protected ObjectiveCategoryDefinition() {
    }
}
