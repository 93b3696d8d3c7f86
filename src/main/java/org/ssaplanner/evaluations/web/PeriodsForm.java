package org.ssaplanner.evaluations.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.ssaplanner.evaluations.IndicatorDetail;
import org.ssaplanner.evaluations.PeriodCommand;

/** The periods grid: N rows, each a period; rows ticked "remove" are dropped when saving. */
class PeriodsForm {

    static final String[] FIELDS = {"version", "rows[*].id", "rows[*].start", "rows[*].end", "rows[*].target",
        "rows[*].actual", "rows[*].comment", "rows[*].remove"};
    static final int MAX_ROWS = 120;

    private long version;

    @Valid
    @Size(max = MAX_ROWS)
    private List<Row> rows = new ArrayList<>();

    static PeriodsForm from(IndicatorDetail indicator) {
        PeriodsForm form = new PeriodsForm();
        form.version = indicator.version();
        indicator.periods().forEach(p -> {
            Row row = new Row();
            row.id = p.id();
            row.start = p.start();
            row.end = p.end();
            row.target = p.target();
            row.actual = p.actual();
            row.comment = p.comment();
            form.rows.add(row);
        });
        form.addBlankRow();
        return form;
    }

    void addBlankRow() {
        if (rows.size() < MAX_ROWS) {
            rows.add(new Row());
        }
    }

    /** Rows to send to the service; indexOf tells the form row of each command (for error messages). */
    List<PeriodCommand> toCommands(List<Integer> indexOf) {
        List<PeriodCommand> commands = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (row != null && !row.remove) {
                commands.add(new PeriodCommand(row.id, row.start, row.end, row.target, row.actual, row.comment));
                indexOf.add(i);
            }
        }
        return commands;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public List<Row> getRows() {
        return rows;
    }

    public void setRows(List<Row> rows) {
        this.rows = rows == null ? new ArrayList<>() : rows;
    }

    public static class Row {

        private Long id;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate start;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate end;

        @Size(max = 2000)
        private String target;

        @Size(max = 2000)
        private String actual;

        @Size(max = 2000)
        private String comment;

        private boolean remove;

        public Long getId() {
            return id;
        }

        public void setId(Long id) {
            this.id = id;
        }

        public LocalDate getStart() {
            return start;
        }

        public void setStart(LocalDate start) {
            this.start = start;
        }

        public LocalDate getEnd() {
            return end;
        }

        public void setEnd(LocalDate end) {
            this.end = end;
        }

        public String getTarget() {
            return target;
        }

        public void setTarget(String target) {
            this.target = target;
        }

        public String getActual() {
            return actual;
        }

        public void setActual(String actual) {
            this.actual = actual;
        }

        public String getComment() {
            return comment;
        }

        public void setComment(String comment) {
            this.comment = comment;
        }

        public boolean isRemove() {
            return remove;
        }

        public void setRemove(boolean remove) {
            this.remove = remove;
        }
    }
}
