/**
 * Users and security: accounts, roles, agency membership, second factor, the security configuration and the
 * initial accounts ({@link org.ssaplanner.admin.UserAccountService}, {@link org.ssaplanner.admin.AccountService}).
 */
@ApplicationModule(displayName = "Users and security", allowedDependencies = {"agencies", "shared"})
package org.ssaplanner.admin;

import org.springframework.modulith.ApplicationModule;
