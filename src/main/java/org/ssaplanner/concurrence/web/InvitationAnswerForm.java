package org.ssaplanner.concurrence.web;

import org.ssaplanner.concurrence.InvitationAnswerCommand;

/** The invited agency's answer to an invitation to take part: accept, or decline with a reason. */
class InvitationAnswerForm {

    static final String[] FIELDS = {"version", "accept", "reason"};

    private long version;

    private Boolean accept;

    private String reason;

    InvitationAnswerCommand toCommand(long agencyId) {
        return new InvitationAnswerCommand(agencyId, version, accept, reason);
    }

    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public Boolean getAccept() { return accept; }
    public void setAccept(Boolean accept) { this.accept = accept; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
