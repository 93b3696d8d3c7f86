package org.ssaplanner.evaluations;

public enum EvaluationType {
    INITIAL_ASSESSMENT,
    MONITORING,
    MID_TERM_EVALUATION,
    FINAL_EVALUATION
}
