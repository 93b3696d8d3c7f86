package org.ssaplanner.authorities;

/** When a statutory exception an authority carries applies to a program funded under it. */
public enum ExceptionApplies {
    /** Whenever the authority funds the program. */
    ALWAYS,
    /** When the carried exception's condition (in the condition language) holds for the program. */
    WHEN_CONDITION_HOLDS,
    /**
     * The law leaves it to a decision the program's data cannot show: the finding names the exception and stays
     * blocking until an exception claim is approved.
     */
    BY_DETERMINATION
}
