package org.ssaplanner.countryteam;

/** A post as its form submits it. */
public record PostCommand(PostKind kind, String name, String city, Long agencyId) {
}
