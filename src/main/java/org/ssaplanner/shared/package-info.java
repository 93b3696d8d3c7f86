/**
 * Cross-cutting infrastructure: base entity, auditing, error handling, the embedded database and
 * page helpers. No business rules. Open so every module may use its sub-packages.
 */
@ApplicationModule(displayName = "Shared infrastructure",
        type = ApplicationModule.Type.OPEN, allowedDependencies = {})
package org.ssaplanner.shared;

import org.springframework.modulith.ApplicationModule;
