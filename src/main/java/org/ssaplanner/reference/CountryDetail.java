package org.ssaplanner.reference;

public record CountryDetail(CountryRef country, long version, String competingProviders) {
}
