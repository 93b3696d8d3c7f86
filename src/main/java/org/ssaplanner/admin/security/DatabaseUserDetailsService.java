package org.ssaplanner.admin.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ssaplanner.admin.domain.UserAccount;
import org.ssaplanner.admin.domain.UserAccountRepository;
import org.ssaplanner.shared.security.CurrentUser;

@Service
class DatabaseUserDetailsService implements UserDetailsService {

    private final UserAccountRepository users;

    DatabaseUserDetailsService(UserAccountRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = users.findByUsername(username == null ? "" : username.trim().toLowerCase())
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        return new CurrentUser(account.getId(), account.getUsername(), account.getPasswordHash(),
                account.getFullName(), account.getAgencyId(), account.getRoles(), account.isEnabled(),
                account.getLockedUntil());
    }
}
