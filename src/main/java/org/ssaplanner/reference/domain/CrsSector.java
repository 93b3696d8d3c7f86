package org.ssaplanner.reference.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.ssaplanner.reference.ReferenceItem;

@Entity
@Immutable
@Table(name = "crs_sector")
public class CrsSector {

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 5)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String category;

    protected CrsSector() {
    }

    public ReferenceItem toItem() {
        return new ReferenceItem(code, name, category);
    }
}
