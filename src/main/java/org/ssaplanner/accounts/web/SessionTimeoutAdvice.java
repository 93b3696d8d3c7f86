package org.ssaplanner.accounts.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.ssaplanner.accounts.security.SessionProperties;

/** Gives every page the session's idle timeout and warning time, for the warning script of the layout. */
@ControllerAdvice
class SessionTimeoutAdvice {

    private final ObjectProvider<SessionProperties> properties;

    SessionTimeoutAdvice(ObjectProvider<SessionProperties> properties) {
        this.properties = properties;
    }

    @ModelAttribute("sessionTimeout")
    long[] sessionTimeout() {
        SessionProperties session = properties.getIfAvailable();
        return session == null ? null
                : new long[] {session.idleTimeout().toSeconds(), session.warningBefore().toSeconds()};
    }
}
