package org.ssaplanner.suggestions.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.ssaplanner.suggestions.SuggestionService;

/** Why the conductor dismisses a suggestion (required, kept for later reviewers). */
class DismissForm {

    static final String[] FIELDS = {"reason"};

    @NotBlank
    @Size(max = SuggestionService.REASON_MAX)
    private String reason;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
