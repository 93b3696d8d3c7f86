package org.ssaplanner.shared.web;

import java.util.List;
import org.springframework.ui.Model;

/**
 * Irreversible actions (terminate a program, archive a plan, remove a record) are POSTs that act only when they
 * carry {@code confirm=true}. Without it nothing changes and the controller answers with {@link #page}: the
 * question, what cannot be undone, the button that posts again with the confirmation, and the way back. That works
 * without JavaScript; with it, the page's form asks in a dialog first ({@code data-confirm}, static/js/app.js) and
 * adds the confirmation itself, so the user sees no extra page.
 */
public final class Confirmation {

    /** The request parameter that confirms an irreversible action. */
    public static final String PARAMETER = "confirm";

    private static final String VIEW = "confirm";

    private Confirmation() {
    }

    /** Whether the request confirmed the action (its {@link #PARAMETER} is true). */
    public static boolean given(String value) {
        return "true".equalsIgnoreCase(value);
    }

    /**
     * The confirmation page for an action posted without confirmation.
     *
     * @param questionKey message key of the question (its arguments: {@code arguments})
     * @param buttonKey message key of the button that confirms
     * @param action the address the confirmed form posts to (the same action)
     * @param cancelUrl where the way back leads (the record's page)
     */
    public static String page(Model model, String questionKey, List<?> arguments, String buttonKey, String action,
            String cancelUrl) {
        model.addAttribute("confirmQuestion", questionKey);
        model.addAttribute("confirmArguments", arguments.toArray());
        model.addAttribute("confirmButton", buttonKey);
        model.addAttribute("confirmAction", action);
        model.addAttribute("confirmCancel", cancelUrl);
        return VIEW;
    }
}
