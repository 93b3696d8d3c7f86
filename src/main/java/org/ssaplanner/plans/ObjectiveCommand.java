package org.ssaplanner.plans;

import org.ssaplanner.reference.ObjectiveCategory;

public record ObjectiveCommand(ObjectiveCategory category, String title, String description) {
}
