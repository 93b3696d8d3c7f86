package org.ssaplanner.shared.web;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.ssaplanner.shared.security.Role;

/**
 * What templates ask of the signed-in user to choose what to show ({@code th:if="${@viewer.has('ADMIN')}"}).
 * It replaces {@code sec:authorize}, which parses its Spring Security expression and builds an evaluation context
 * on every use: about a tenth of a page's rendering time under load. Showing is a courtesy; the services decide.
 */
@Component("viewer")
public class Viewer {

    /** Signed in (not anonymous), as {@code isAuthenticated()} of Spring Security. */
    public boolean signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && !(authentication instanceof AnonymousAuthenticationToken)
                && authentication.isAuthenticated();
    }

    /** The signed-in user's name, as {@code sec:authentication="name"}. */
    public String name() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "" : authentication.getName();
    }

    /** Holds the role, named as in {@link Role} ({@code ADMIN}). */
    public boolean has(String role) {
        String authority = Role.valueOf(role).authority();
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return false;
        }
        for (GrantedAuthority granted : authentication.getAuthorities()) {
            if (authority.equals(granted.getAuthority())) {
                return true;
            }
        }
        return false;
    }

    /** Holds one of the two roles. */
    public boolean hasAny(String role, String other) {
        return has(role) || has(other);
    }
}
