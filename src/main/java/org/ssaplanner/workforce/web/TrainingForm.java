package org.ssaplanner.workforce.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.ssaplanner.workforce.TrainingCommand;

/** The form that records a training on a person's page. */
class TrainingForm {

    static final String[] FIELDS = {"course", "completedOn", "expiresOn"};

    @NotBlank(message = "{workforce.training.course.required}")
    @Size(max = 200, message = "{workforce.training.course.length}")
    private String course;

    @NotNull(message = "{workforce.training.date.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate completedOn;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate expiresOn;

    TrainingCommand toCommand() {
        return new TrainingCommand(course, completedOn, expiresOn);
    }

    public String getCourse() {
        return course;
    }

    public void setCourse(String course) {
        this.course = course;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public void setCompletedOn(LocalDate completedOn) {
        this.completedOn = completedOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }
}
