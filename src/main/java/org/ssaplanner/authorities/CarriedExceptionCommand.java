package org.ssaplanner.authorities;

/** A statutory exception an administrator records as carried by an authority. */
public record CarriedExceptionCommand(Long exceptionId, ExceptionApplies applies, String conditionText, String scope) {
}
