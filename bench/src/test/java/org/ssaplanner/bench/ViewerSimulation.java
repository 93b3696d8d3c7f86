package org.ssaplanner.bench;

/** The viewer account's pages (see {@link Pages}), at 1, 8 and 32 concurrent users. */
public class ViewerSimulation extends RoleSimulation {

    public ViewerSimulation() {
        super("viewer");
    }
}
