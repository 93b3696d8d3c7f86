package org.ssaplanner.authorities;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.ssaplanner.shared.security.CurrentUser;
import org.ssaplanner.shared.security.Role;

/**
 * Who may request a waiver (or claim a statutory exception) and withdraw a request: the one rule, used by
 * {@link WaiverService} to refuse and by the pages to show a "Request a waiver" link or button only to those
 * who may use it ({@code @waiverPermissions.mayRequestFor(programId, #authentication)}).
 * <ul>
 * <li>for a program: administrators; planners of the program's lead agency; the conductor of its plan (issue 12:
 * a planner of another agency must not file a request that would then block the owning agency's own);</li>
 * <li>at all (the buttons that lead to the form without a program): administrators and planners who answer for
 * at least one program, the programs the form's program search lists;</li>
 * <li>withdraw a pending request: its requester and administrators.</li>
 * </ul>
 */
@Component("waiverPermissions")
public class WaiverPermissions {

    private final ObjectProvider<ProgramLookup> programs;

    WaiverPermissions(ObjectProvider<ProgramLookup> programs) {
        this.programs = programs;
    }

    /**
     * May this user request a waiver or claim an exception for the program? True for an unknown program, so that
     * the request is refused as unknown rather than forbidden.
     */
    public boolean mayRequestFor(long programId, Authentication authentication) {
        if (isAdmin(authentication)) {
            return true;
        }
        CurrentUser user = planner(authentication);
        if (user == null) {
            return false;
        }
        ProgramLookup lookup = programs.getIfAvailable();
        if (lookup == null) {
            return true;
        }
        return lookup.responsibility(programId)
                .map(r -> r.leadAgencyId() == user.agencyId() || r.conductorUserId() == user.id())
                .orElse(true);
    }

    /** May this user request a waiver for some program (administrators; planners who answer for one)? */
    public boolean mayRequestAny(Authentication authentication) {
        if (isAdmin(authentication)) {
            return true;
        }
        CurrentUser user = planner(authentication);
        if (user == null) {
            return false;
        }
        ProgramLookup lookup = programs.getIfAvailable();
        return lookup == null || lookup.anyResponsible(user.agencyId(), user.id());
    }

    /** May this user withdraw a pending request filed by {@code requestedBy}? */
    public boolean mayWithdraw(String requestedBy, Authentication authentication) {
        if (isAdmin(authentication)) {
            return true;
        }
        return planner(authentication) != null && authentication.getName().equals(requestedBy);
    }

    static boolean isAdmin(Authentication authentication) {
        return hasAuthority(authentication, Role.ADMIN);
    }

    private static CurrentUser planner(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof CurrentUser user
                && hasAuthority(authentication, Role.PLANNER) ? user : null;
    }

    private static boolean hasAuthority(Authentication authentication, Role role) {
        return authentication != null && authentication.isAuthenticated()
                && authentication.getAuthorities().stream().anyMatch(a -> role.authority().equals(a.getAuthority()));
    }
}
