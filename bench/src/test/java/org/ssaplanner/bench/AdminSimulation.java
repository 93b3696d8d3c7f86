package org.ssaplanner.bench;

/** The admin account's pages (see {@link Pages}), at 1, 8 and 32 concurrent users. */
public class AdminSimulation extends RoleSimulation {

    public AdminSimulation() {
        super("admin");
    }
}
