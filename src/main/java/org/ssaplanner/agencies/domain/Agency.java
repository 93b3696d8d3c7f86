package org.ssaplanner.agencies.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.hibernate.proxy.HibernateProxy;
import org.ssaplanner.agencies.AgencyKind;
import org.ssaplanner.agencies.CapabilityKey;
import org.ssaplanner.shared.domain.AuditedEntity;

@Entity
@Audited
@Table(name = "agency")
public class Agency extends AuditedEntity {

    @Column(nullable = false, length = 20)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    // history points at the current parent: seeded parents have no audit revision of their own
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Agency parent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AgencyKind kind;

    @Column(name = "has_own_budget", nullable = false)
    private boolean hasOwnBudget;

    @Column(nullable = false)
    private boolean active = true;

    @Column
    private String description;

    @ElementCollection
    @CollectionTable(name = "agency_capability", joinColumns = @JoinColumn(name = "agency_id"))
    private Set<Capability> capabilities = new HashSet<>();

    protected Agency() {
    }

    public Agency(String code, String name, AgencyKind kind) {
        this.code = code;
        this.name = name;
        this.kind = kind;
    }

    public void rename(String code, String name, AgencyKind kind) {
        this.code = code;
        this.name = name;
        this.kind = kind;
    }

    public void moveUnder(Agency parent) {
        this.parent = parent;
    }

    public void describe(boolean hasOwnBudget, String description) {
        this.hasOwnBudget = hasOwnBudget;
        this.description = description;
    }

    public void replaceCapabilities(Collection<CapabilityKey> keys) {
        Set<Capability> wanted = keys.stream()
                .map(k -> new Capability(k.assistanceTypeCode(), k.capabilityDomainCode()))
                .collect(Collectors.toSet());
        capabilities.retainAll(wanted);
        capabilities.addAll(wanted);
    }

    public void activate() {
        this.active = true;
    }

    public void deactivate() {
        this.active = false;
    }

    /** True if this agency is the given one or sits anywhere below it (moving it there would make a cycle). */
    public boolean isSelfOrDescendantOf(Agency other) {
        for (Agency current = this; current != null; current = current.parent) {
            if (current.getId() != null && current.getId().equals(other.getId())) {
                return true;
            }
        }
        return false;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Agency getParent() {
        return parent;
    }

    /** The parent's id without loading it (history snapshots may point at parents with no audit row). */
    public Long parentId() {
        if (parent instanceof HibernateProxy proxy) {
            return (Long) proxy.getHibernateLazyInitializer().getInternalIdentifier();
        }
        return parent == null ? null : parent.getId();
    }

    public AgencyKind getKind() {
        return kind;
    }

    public boolean hasOwnBudget() {
        return hasOwnBudget;
    }

    public boolean isActive() {
        return active;
    }

    public String getDescription() {
        return description;
    }

    public Set<CapabilityKey> capabilities() {
        return capabilities.stream().map(c -> new CapabilityKey(c.assistanceTypeCode, c.capabilityDomainCode))
                .collect(Collectors.toSet());
    }

    @Embeddable
    public static class Capability {

        @Column(name = "assistance_type_code", nullable = false, length = 40)
        private String assistanceTypeCode;

        @Column(name = "capability_domain_code", nullable = false, length = 40)
        private String capabilityDomainCode;

        protected Capability() {
        }

        Capability(String assistanceTypeCode, String capabilityDomainCode) {
            this.assistanceTypeCode = assistanceTypeCode;
            this.capabilityDomainCode = capabilityDomainCode;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Capability c && c.assistanceTypeCode.equals(assistanceTypeCode)
                    && c.capabilityDomainCode.equals(capabilityDomainCode);
        }

        @Override
        public int hashCode() {
            return assistanceTypeCode.hashCode() * 31 + capabilityDomainCode.hashCode();
        }
    }
}
