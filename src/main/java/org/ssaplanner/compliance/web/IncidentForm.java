package org.ssaplanner.compliance.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.ssaplanner.compliance.IncidentCategory;
import org.ssaplanner.compliance.IncidentCommand;

class IncidentForm {

    static final String[] FIELDS = {"incidentDate", "location", "description", "source", "category"};

    @NotNull
    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate incidentDate;
    @NotBlank
    @Size(max = 200)
    private String location;
    @NotBlank
    @Size(max = 10000)
    private String description;
    @NotBlank
    @Size(max = 300)
    private String source;
    @NotNull
    private IncidentCategory category;

    IncidentCommand toCommand(long unitId) {
        return new IncidentCommand(unitId, incidentDate, location, description, source, category);
    }

    public LocalDate getIncidentDate() { return incidentDate; }
    public void setIncidentDate(LocalDate v) { incidentDate = v; }
    public String getLocation() { return location; }
    public void setLocation(String v) { location = v; }
    public String getDescription() { return description; }
    public void setDescription(String v) { description = v; }
    public String getSource() { return source; }
    public void setSource(String v) { source = v; }
    public IncidentCategory getCategory() { return category; }
    public void setCategory(IncidentCategory v) { category = v; }
}
