package org.ssaplanner.workforce.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.ssaplanner.workforce.LevelCommand;
import org.ssaplanner.workforce.LevelView;

/** The add/edit form of a certification level. */
class LevelForm {

    static final String[] FIELDS = {"version", "scheme", "code", "name", "rank", "retired", "note"};

    private long version;

    @NotBlank
    @Size(max = 40)
    private String scheme = "DOD_SCW";

    @NotBlank
    @Size(max = 40)
    private String code;

    @NotBlank
    @Size(max = 100)
    private String name;

    @NotNull
    @Min(1)
    @Max(99)
    private Integer rank;

    private boolean retired;

    @Size(max = 1000)
    private String note;

    static LevelForm from(LevelView level) {
        LevelForm form = new LevelForm();
        form.version = level.version();
        form.scheme = level.scheme();
        form.code = level.code();
        form.name = level.name();
        form.rank = level.rank();
        form.retired = level.retired();
        form.note = level.note();
        return form;
    }

    LevelCommand toCommand() {
        return new LevelCommand(scheme, code, name, rank, retired, note);
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getScheme() {
        return scheme;
    }

    public void setScheme(String scheme) {
        this.scheme = scheme;
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

    public Integer getRank() {
        return rank;
    }

    public void setRank(Integer rank) {
        this.rank = rank;
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
