package org.ssaplanner.interchange;

/**
 * A page of the country picture: an ISO country, Kosovo, a former state, a region or the world as
 * ForeignAssistance.gov publishes them. {@code code} is its address ({@code /countries/{code}}); {@code publishedCode}
 * the "Country Code" FA.gov publishes it under (e.g. {@code CS-KM} for Kosovo, {@code NULL} for several former
 * states, told apart by {@code publishedName}); {@code retiredCode}/{@code withdrawn} the ISO 3166-3 code and date of a
 * former state, when it has them; {@code partnerCountry} whether the reference data knows it (plans, programs).
 */
public record Area(String code, String name, AreaKind kind, String regionLabel, String publishedCode,
        String publishedName, String retiredCode, String withdrawn, String note, boolean partnerCountry) {
}
