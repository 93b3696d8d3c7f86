package org.ssaplanner.concurrence.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The conductor's new due date for the plan's open review, with the review's version when the form was shown. */
class DueDateForm {

    static final String[] FIELDS = {"version", "dueDate"};

    private long version;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dueDate;

    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public LocalDate getDueDate() { return dueDate; }
    public void setDueDate(LocalDate dueDate) { this.dueDate = dueDate; }
}
