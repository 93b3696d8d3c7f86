package org.ssaplanner.interchange.web;

/** One mapping row of the mapping screen: the chosen agency (blank = not mapped) and the version shown. */
class AgencyMappingForm {

    static final String[] FIELDS = {"agencyId", "version"};

    private Long agencyId;
    private long version;

    public Long getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(Long agencyId) {
        this.agencyId = agencyId;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
