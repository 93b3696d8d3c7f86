package org.ssaplanner.workforce.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.ssaplanner.workforce.AreaCommand;
import org.ssaplanner.workforce.AreaView;

/** The add/edit form of a functional area. */
class AreaForm {

    static final String[] FIELDS = {"version", "code", "name", "confirmed", "retired", "note"};

    private long version;

    @NotBlank
    @Size(max = 40)
    private String code;

    @NotBlank
    @Size(max = 200)
    private String name;

    private boolean confirmed;

    private boolean retired;

    @Size(max = 1000)
    private String note;

    static AreaForm from(AreaView area) {
        AreaForm form = new AreaForm();
        form.version = area.version();
        form.code = area.code();
        form.name = area.name();
        form.confirmed = area.confirmed();
        form.retired = area.retired();
        form.note = area.note();
        return form;
    }

    AreaCommand toCommand() {
        return new AreaCommand(code, name, confirmed, retired, note);
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public void setConfirmed(boolean confirmed) {
        this.confirmed = confirmed;
    }

    public boolean isRetired() {
        return retired;
    }

    public void setRetired(boolean retired) {
        this.retired = retired;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
