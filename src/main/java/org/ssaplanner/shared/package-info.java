/**
 * Cross-cutting infrastructure: base entity, auditing, error handling, the embedded database and
 * page helpers. No business rules. Open so every module may use its sub-packages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared infrastructure",
        type = org.springframework.modulith.ApplicationModule.Type.OPEN, allowedDependencies = {})
package org.ssaplanner.shared;
