package org.ssaplanner.reference.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

@Entity
@Immutable
@Table(name = "assistance_type")
public class AssistanceType extends CodedReference {

    protected AssistanceType() {
    }
}
