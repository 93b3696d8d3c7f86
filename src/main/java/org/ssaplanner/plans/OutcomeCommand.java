package org.ssaplanner.plans;

public record OutcomeCommand(String title, String description) {
}
