/**
 * Who else could help (issue 14, section 2): for a plan (and a partner country without one), the agencies that do
 * not take part, each with its reasons strongest first: already active in the country (ForeignAssistance.gov
 * obligations in the plan's fiscal years, read through interchange), a capability catalogue that offers what the
 * plan's programs need, an often-missed kind of agency and the authorities that could fund it
 * ({@link org.ssaplanner.suggestions.SuggestionService}). The conductor invites an agency (through the plans API) or
 * dismisses the suggestion with a reason, kept for later reviewers. The invited agency's official accepts or
 * declines in the concurrence module; a decline (its reason, who and when) is shown with the agency's suggestion. The plan and country pages show the panel
 * through {@code shared.web.PageSection}s, so neither plans nor interchange depends on this module.
 */
@ApplicationModule(displayName = "Who else could help", allowedDependencies = {"agencies", "authorities",
        "concurrence", "interchange", "plans", "programs", "reference", "shared"})
package org.ssaplanner.suggestions;

import org.springframework.modulith.ApplicationModule;
