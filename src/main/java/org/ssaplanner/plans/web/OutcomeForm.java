package org.ssaplanner.plans.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.ssaplanner.plans.OutcomeCommand;

class OutcomeForm {

    static final String[] FIELDS = {"title", "description"};

    @NotBlank
    @Size(max = 300)
    private String title;

    @Size(max = 4000)
    private String description;

    OutcomeCommand toCommand() {
        return new OutcomeCommand(title, description);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
