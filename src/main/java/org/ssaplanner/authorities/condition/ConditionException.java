package org.ssaplanner.authorities.condition;

import java.util.List;

/** The condition text does not parse or names an unknown field or value; key and arguments name the problem. */
public class ConditionException extends RuntimeException {

    private final String messageKey;
    private final transient List<Object> arguments;

    public ConditionException(String messageKey, Object... arguments) {
        super(messageKey + " " + List.of(arguments));
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
