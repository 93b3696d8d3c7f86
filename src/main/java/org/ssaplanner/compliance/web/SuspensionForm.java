package org.ssaplanner.compliance.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Suspending a blocked program's assistance: because of which blocking finding (its restriction), and why. */
class SuspensionForm {

    static final String[] FIELDS = {"restrictionId", "reason"};

    @NotNull(message = "{suspension.restriction.required}")
    private Long restrictionId;

    @NotBlank(message = "{suspension.reason.required}")
    @Size(max = 4000, message = "{suspension.reason.tooLong}")
    private String reason;

    public Long getRestrictionId() { return restrictionId; }
    public void setRestrictionId(Long restrictionId) { this.restrictionId = restrictionId; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
