package org.ssaplanner.plans.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.ssaplanner.plans.OutcomeCommand;

class OutcomeForm {

    static final String[] FIELDS = {"version", "title", "description"};

    /** The version the form was opened on (0 for a new one). */
    private long version;

    @NotBlank
    @Size(max = 300)
    private String title;

    @Size(max = 4000)
    private String description;

    OutcomeCommand toCommand() {
        return new OutcomeCommand(title, description);
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
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
