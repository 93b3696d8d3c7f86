package org.ssaplanner.accounts;

/** After a change of second factors: must the account use one, and does it have one. */
public record SecondFactorState(boolean required, boolean enrolled) {
}
