package org.ssaplanner.concurrence;

/**
 * An answer to an invitation to take part in a plan: accept, or decline with a reason (required).
 *
 * @param accept null when no choice was made (refused with a message)
 * @param expectedVersion the invitation's version when the form was shown (a change meanwhile is refused: 409)
 */
public record InvitationAnswerCommand(long agencyId, long expectedVersion, Boolean accept, String reason) {
}
