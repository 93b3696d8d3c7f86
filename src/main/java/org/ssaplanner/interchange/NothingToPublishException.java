package org.ssaplanner.interchange;

import org.ssaplanner.shared.NotFoundException;

/**
 * An IATI file was asked for a selection without programs: the user sees the 404 page. IATI 2.03 has no empty activity
 * file (an {@code iati-activities} element needs at least one {@code iati-activity}).
 */
public class NothingToPublishException extends NotFoundException {

    public NothingToPublishException(String selection) {
        super("IATI activities of", selection);
    }
}
