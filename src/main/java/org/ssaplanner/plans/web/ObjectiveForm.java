package org.ssaplanner.plans.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.ssaplanner.plans.ObjectiveCommand;
import org.ssaplanner.reference.ObjectiveCategory;

class ObjectiveForm {

    static final String[] FIELDS = {"version", "category", "title", "description"};

    @NotNull
    private ObjectiveCategory category;

    /** The version the form was opened on (0 for a new one). */
    private long version;

    @NotBlank
    @Size(max = 300)
    private String title;

    @Size(max = 4000)
    private String description;

    ObjectiveCommand toCommand() {
        return new ObjectiveCommand(category, title, description);
    }

    public ObjectiveCategory getCategory() {
        return category;
    }

    public void setCategory(ObjectiveCategory category) {
        this.category = category;
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
