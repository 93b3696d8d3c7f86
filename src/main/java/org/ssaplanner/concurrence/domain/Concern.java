package org.ssaplanner.concurrence.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** An objective or program of the plan that an answer's comments concern, with its title as it read then. */
@Embeddable
public class Concern {

    public static final String OBJECTIVE = "OBJECTIVE";
    public static final String PROGRAM = "PROGRAM";

    @Column(nullable = false, length = 20)
    private String kind;

    @Column(name = "ref_id", nullable = false)
    private long refId;

    @Column(nullable = false, length = 300)
    private String label;

    protected Concern() {
    }

    public Concern(String kind, long refId, String label) {
        this.kind = kind;
        this.refId = refId;
        this.label = label.length() > 300 ? label.substring(0, 300) : label;
    }

    public String getKind() { return kind; }
    public long getRefId() { return refId; }
    public String getLabel() { return label; }

    @Override
    public boolean equals(Object other) {
        return other instanceof Concern c && c.kind.equals(kind) && c.refId == refId;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, refId);
    }
}
