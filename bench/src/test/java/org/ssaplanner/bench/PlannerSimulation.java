package org.ssaplanner.bench;

/** The planner account's pages (see {@link Pages}), at 1, 8 and 32 concurrent users. */
public class PlannerSimulation extends RoleSimulation {

    public PlannerSimulation() {
        super("planner");
    }
}
