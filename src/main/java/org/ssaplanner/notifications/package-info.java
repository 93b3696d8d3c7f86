/**
 * Notifications (issue 14, section 4): the in-app inbox at /inbox with the unread count in the navigation bar, and
 * the same notices by e-mail when SMTP is configured. Written by listeners of the other modules' public events
 * (concurrence requested, answered, decided; an agency invited; a new blocking compliance finding) and by a daily
 * check of overdue concurrence requests. Nothing depends on this module.
 */
@ApplicationModule(displayName = "Notifications", allowedDependencies = {"accounts", "plans", "concurrence",
        "compliance", "agencies", "shared"})
package org.ssaplanner.notifications;

import org.springframework.modulith.ApplicationModule;
