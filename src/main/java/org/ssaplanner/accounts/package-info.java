/**
 * Users and security: accounts, roles, agency membership, second factor, the security configuration and the
 * initial accounts ({@link org.ssaplanner.accounts.UserAccountService}, {@link org.ssaplanner.accounts.AccountService}).
 */
@ApplicationModule(displayName = "Users and security", allowedDependencies = {"agencies", "shared"})
package org.ssaplanner.accounts;

import org.springframework.modulith.ApplicationModule;
