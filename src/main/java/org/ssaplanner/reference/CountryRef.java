package org.ssaplanner.reference;

/** A partner country as other modules see it. */
public record CountryRef(long id, String alpha2, String alpha3, String name, long regionId, String regionName,
        String parentRegionName) {

    public String regionLabel() {
        return parentRegionName == null ? regionName : parentRegionName + " / " + regionName;
    }
}
