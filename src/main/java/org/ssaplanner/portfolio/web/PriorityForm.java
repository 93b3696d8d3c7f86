package org.ssaplanner.portfolio.web;

/** A priority (1-5) with its stakes or reason, and the version of the record it changes (-1: new). */
class PriorityForm {

    static final String[] FIELDS = {"version", "priority", "text"};

    private long version = -1;
    private Integer priority;
    private String text;

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public Integer getPriority() {
        return priority;
    }

    public void setPriority(Integer priority) {
        this.priority = priority;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
