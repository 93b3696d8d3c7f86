package org.ssaplanner.partners;

/** A country that has registered partner units: its id, ISO alpha-3 code (the unit list's address) and name, and how many. */
public record CountryUnits(long countryId, String alpha3, String countryName, long units) {
}
