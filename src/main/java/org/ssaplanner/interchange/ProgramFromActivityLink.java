package org.ssaplanner.interchange;

/**
 * EXTENSION POINT for the programs module (being built in parallel): where "create a program from this
 * imported activity" leads. When a bean implementing this exists, the country picture shows the action on
 * each activity; the programs module pre-fills its form from {@link CountryPictureService#activity}.
 */
public interface ProgramFromActivityLink {

    /** A local URL (e.g. "/programs/new?importedActivity=SLV:123") for the activity of the country. */
    String newProgramUrl(String iso3, String activityId);
}
