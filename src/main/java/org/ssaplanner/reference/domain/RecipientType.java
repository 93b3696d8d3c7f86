package org.ssaplanner.reference.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

@Entity
@Immutable
@Table(name = "recipient_type")
public class RecipientType extends CodedReference {

    protected RecipientType() {
    }
}
