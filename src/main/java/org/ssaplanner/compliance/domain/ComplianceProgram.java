package org.ssaplanner.compliance.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.annotations.BatchSize;

/** The facts a program was last evaluated on, and its findings (replaced on every evaluation). */
@Entity
@Table(name = "compliance_program")
public class ComplianceProgram {

    @Id
    @Column(name = "program_id")
    private Long programId;

    @Column(name = "plan_id")
    private Long planId;

    @Column(name = "country_id", nullable = false)
    private long countryId;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "lead_agency_id")
    private Long leadAgencyId;

    @Column(name = "recipient_unit_id")
    private Long recipientUnitId;

    @Column(name = "recipient_type_code", length = 40)
    private String recipientTypeCode;

    @Column(name = "assistance_type_code", length = 40)
    private String assistanceTypeCode;

    @Column(name = "capability_domain_codes", nullable = false, length = 1000)
    private String capabilityDomainCodes;

    @Column(name = "authority_ids", nullable = false, length = 1000)
    private String authorityIds;

    @Column(length = 40)
    private String status;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(name = "total_allocated", nullable = false, precision = 19, scale = 2)
    private BigDecimal totalAllocated;

    @Column(name = "evaluated_at", nullable = false)
    private Instant evaluatedAt;

    @ElementCollection
    @CollectionTable(name = "compliance_program_year", joinColumns = @JoinColumn(name = "program_id"))
    @MapKeyColumn(name = "fiscal_year")
    @Column(name = "allocated", nullable = false, precision = 19, scale = 2)
    @BatchSize(size = 100)
    private Map<Integer, BigDecimal> allocatedByYear = new HashMap<>();

    @OneToMany(mappedBy = "program", cascade = CascadeType.ALL, orphanRemoval = true)
    @BatchSize(size = 100)
    private List<ComplianceFinding> findings = new ArrayList<>();

    protected ComplianceProgram() {
    }

    public ComplianceProgram(long programId) {
        this.programId = programId;
    }

    public void describe(Long planId, long countryId, String title, Long leadAgencyId, Long recipientUnitId,
            String recipientTypeCode, String assistanceTypeCode, Set<String> capabilityDomainCodes,
            Set<Long> authorityIds, String status, LocalDate startDate, LocalDate endDate, BigDecimal totalAllocated,
            Map<Integer, BigDecimal> allocatedByYear) {
        this.planId = planId;
        this.countryId = countryId;
        this.title = title;
        this.leadAgencyId = leadAgencyId;
        this.recipientUnitId = recipientUnitId;
        this.recipientTypeCode = recipientTypeCode;
        this.assistanceTypeCode = assistanceTypeCode;
        this.capabilityDomainCodes = capabilityDomainCodes.stream().sorted().collect(Collectors.joining(","));
        this.authorityIds = authorityIds.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
        this.status = status;
        this.startDate = startDate;
        this.endDate = endDate;
        this.totalAllocated = totalAllocated;
        this.allocatedByYear.keySet().retainAll(allocatedByYear.keySet());
        this.allocatedByYear.putAll(allocatedByYear);
    }

    public void replaceFindings(List<ComplianceFinding> newFindings, Instant at) {
        findings.clear();
        for (ComplianceFinding f : newFindings) {
            f.attachTo(this);
            findings.add(f);
        }
        this.evaluatedAt = at;
    }

    public Long getProgramId() { return programId; }
    public Long getPlanId() { return planId; }
    public long getCountryId() { return countryId; }
    public String getTitle() { return title; }
    public Long getLeadAgencyId() { return leadAgencyId; }
    public Long getRecipientUnitId() { return recipientUnitId; }
    public String getRecipientTypeCode() { return recipientTypeCode; }
    public String getAssistanceTypeCode() { return assistanceTypeCode; }
    public String getStatus() { return status; }
    public LocalDate getStartDate() { return startDate; }
    public LocalDate getEndDate() { return endDate; }
    public BigDecimal getTotalAllocated() { return totalAllocated; }
    public Instant getEvaluatedAt() { return evaluatedAt; }
    public Map<Integer, BigDecimal> getAllocatedByYear() { return Map.copyOf(allocatedByYear); }
    public List<ComplianceFinding> getFindings() { return List.copyOf(findings); }

    public Set<String> capabilityDomainCodes() {
        return capabilityDomainCodes.isEmpty() ? Set.of() : Set.of(capabilityDomainCodes.split(","));
    }

    public Set<Long> authorityIds() {
        return authorityIds.isEmpty() ? Set.of()
                : Arrays.stream(authorityIds.split(",")).map(Long::valueOf).collect(Collectors.toSet());
    }
}
