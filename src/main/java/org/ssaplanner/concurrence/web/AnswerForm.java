package org.ssaplanner.concurrence.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.Set;
import org.ssaplanner.concurrence.AnswerCommand;
import org.ssaplanner.concurrence.ConcurrenceAnswer;
import org.ssaplanner.concurrence.ConcurrencePanel;
import org.ssaplanner.concurrence.ConcurrenceService;

/** A concurrence official's answer for their agency; the comments are required unless it is a plain concurrence. */
class AnswerForm {

    static final String[] FIELDS = {"agencyId", "version", "answer", "comments", "objectiveIds", "programIds"};

    private Long agencyId;

    private long version;

    @NotNull(message = "{concurrence.answer.required}")
    private ConcurrenceAnswer answer;

    @Size(max = ConcurrenceService.MAX_COMMENTS, message = "{concurrence.comments.tooLong}")
    private String comments;

    private Set<Long> objectiveIds = new LinkedHashSet<>();

    private Set<Long> programIds = new LinkedHashSet<>();

    static AnswerForm from(ConcurrencePanel.RequestView request) {
        AnswerForm form = new AnswerForm();
        form.agencyId = request.agencyId();
        form.version = request.version();
        form.answer = request.answer();
        form.comments = request.comments();
        form.objectiveIds = new LinkedHashSet<>(request.objectiveIds());
        form.programIds = new LinkedHashSet<>(request.programIds());
        return form;
    }

    AnswerCommand toCommand() {
        return new AnswerCommand(agencyId, version, answer, comments, objectiveIds, programIds);
    }

    public Long getAgencyId() { return agencyId; }
    public void setAgencyId(Long agencyId) { this.agencyId = agencyId; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public ConcurrenceAnswer getAnswer() { return answer; }
    public void setAnswer(ConcurrenceAnswer answer) { this.answer = answer; }
    public String getComments() { return comments; }
    public void setComments(String comments) { this.comments = comments; }
    public Set<Long> getObjectiveIds() { return objectiveIds; }
    public void setObjectiveIds(Set<Long> objectiveIds) { this.objectiveIds = objectiveIds == null ? new LinkedHashSet<>() : objectiveIds; }
    public Set<Long> getProgramIds() { return programIds; }
    public void setProgramIds(Set<Long> programIds) { this.programIds = programIds == null ? new LinkedHashSet<>() : programIds; }
}
