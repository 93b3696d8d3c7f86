package org.ssaplanner.accounts.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ssaplanner.accounts.domain.UserAccount;
import org.ssaplanner.accounts.domain.UserAccountRepository;
import org.ssaplanner.shared.security.CurrentUser;

/**
 * Loads the account at sign-in, with what the sign-in requires: a new password (one-time password), a
 * second factor (the account's role is in {@code ssa.security.mfa.required-roles}, or it has one) and
 * whether it has one yet.
 */
@Service
class DatabaseUserDetailsService implements UserDetailsService {

    private final UserAccountRepository users;
    private final SecondFactors secondFactors;
    private final MfaProperties mfa;

    DatabaseUserDetailsService(UserAccountRepository users, SecondFactors secondFactors, MfaProperties mfa) {
        this.users = users;
        this.secondFactors = secondFactors;
        this.mfa = mfa;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = users.findByUsername(username == null ? "" : username.trim().toLowerCase())
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        return toCurrentUser(account, secondFactors, mfa);
    }

    static CurrentUser toCurrentUser(UserAccount account, SecondFactors secondFactors, MfaProperties mfa) {
        boolean enrolled = secondFactors.enrolled(account);
        boolean required = enrolled || mfa.requiredFor(account.getRoles());
        return new CurrentUser(account.getId(), account.getUsername(), account.getPasswordHash(),
                account.getFullName(), account.getAgencyId(), account.getRoles(), account.isEnabled(),
                account.getLockedUntil(), account.isPasswordChangeRequired(), required, enrolled);
    }
}
