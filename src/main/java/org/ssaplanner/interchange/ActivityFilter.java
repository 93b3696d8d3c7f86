package org.ssaplanner.interchange;

/** Filters of the imported-activities list; blank = any. */
public record ActivityFilter(String fiscalYear, String agency, String account, String text) {

    public static ActivityFilter none() {
        return new ActivityFilter(null, null, null, null);
    }
}
