package org.ssaplanner.authorities.condition;

import java.util.Set;

/**
 * The facts of one program as the condition language sees them. Value fields may have several values
 * (a program may be funded under several authorities): a comparison holds when any value matches.
 */
public interface ConditionContext {

    /** The values of a value field (see {@link ConditionVocabulary}), upper case; empty if none. */
    Set<String> values(String field);

    /** The truth of a flag (see {@link ConditionVocabulary}). */
    boolean flag(String name);
}
