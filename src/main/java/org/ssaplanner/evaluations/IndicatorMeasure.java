package org.ssaplanner.evaluations;

/** How an indicator is measured: the IATI IndicatorMeasure codelist (code 1 to 5). */
public enum IndicatorMeasure {
    UNIT("1"),
    PERCENTAGE("2"),
    NOMINAL("3"),
    ORDINAL("4"),
    QUALITATIVE("5");

    private final String iatiCode;

    IndicatorMeasure(String iatiCode) {
        this.iatiCode = iatiCode;
    }

    public String iatiCode() {
        return iatiCode;
    }

    /** Values are numbers (ordinal levels and qualitative text are not). */
    public boolean numeric() {
        return this == UNIT || this == PERCENTAGE || this == NOMINAL;
    }

    /** Targets can be set and progress judged (everything but qualitative). */
    public boolean needsTarget() {
        return this != QUALITATIVE;
    }
}
