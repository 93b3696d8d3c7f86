package org.ssaplanner.interchange;

/**
 * Where "create a program from this imported activity" leads for a country: the new-program form of a
 * plan the signed-in user may add programs to. Looked up once per page, not once per activity.
 */
public interface ProgramFromActivityLink {

    /**
     * The form's local URL, to which {@code importedActivity=ISO3:activityId} is appended as a query
     * parameter; null when the user has no plan of the country to add programs to.
     */
    String newProgramFormUrl(String iso3);
}
