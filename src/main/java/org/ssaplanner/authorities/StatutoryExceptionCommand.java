package org.ssaplanner.authorities;

/** A statutory exception an administrator adds to a restriction. */
public record StatutoryExceptionCommand(String code, String citation, String description) {
}
