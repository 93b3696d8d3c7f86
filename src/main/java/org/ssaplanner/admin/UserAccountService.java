package org.ssaplanner.admin;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ssaplanner.admin.domain.UserAccount;
import org.ssaplanner.admin.domain.UserAccountRepository;
import org.ssaplanner.admin.security.PasswordGenerator;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.agencies.AgencySummary;
import org.ssaplanner.shared.audit.HistoryEntry;
import org.ssaplanner.shared.audit.RecordHistory;
import org.ssaplanner.shared.StaleEditException;
import org.ssaplanner.shared.security.CurrentUsers;
import org.ssaplanner.shared.security.Role;

/** User accounts: administrators manage them; other modules look users up by id. */
@Service
@Transactional(readOnly = true)
public class UserAccountService {

    private final UserAccountRepository users;
    private final AgencyService agencies;
    private final PasswordEncoder passwordEncoder;
    private final EntityManager entityManager;

    UserAccountService(UserAccountRepository users, AgencyService agencies, PasswordEncoder passwordEncoder,
            EntityManager entityManager) {
        this.users = users;
        this.agencies = agencies;
        this.passwordEncoder = passwordEncoder;
        this.entityManager = entityManager;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Page<UserSummary> search(UserFilter filter, Pageable pageable) {
        String text = filter.text() == null || filter.text().isBlank() ? null
                : "%" + filter.text().trim().toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%";
        Page<UserAccount> page = users.search(text, filter.agencyId(), filter.role(), filter.enabled(), pageable);
        Map<Long, AgencySummary> agencyById = agencies.byIds(page.map(UserAccount::getAgencyId).toSet());
        return page.map(u -> new UserSummary(u.getId(), u.getUsername(), u.getFullName(), u.getEmail(), u.getAgencyId(),
                label(agencyById.get(u.getAgencyId())), u.getRoles(), u.isEnabled(), u.getLockedUntil(),
                u.getLastLoginAt()));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public UserDetail get(long id) {
        UserAccount u = load(id);
        return new UserDetail(u.getId(), u.getVersion(), u.getUsername(), u.getFullName(), u.getEmail(),
                u.getJobTitle(), u.getAgencyId(), label(agencies.find(u.getAgencyId()).orElse(null)), u.getRoles(),
                u.isEnabled(), u.getLockedUntil(), u.getFailedAttempts(), u.getLastLoginAt(), u.getCreatedAt(),
                u.getCreatedBy(), u.getUpdatedAt(), u.getUpdatedBy());
    }

    /** Users as other modules show them (e.g. to pick a plan's conductor). */
    @PreAuthorize("isAuthenticated()")
    public List<UserRef> activeUsersWithRole(Role role) {
        List<UserAccount> matching = users.findAll().stream()
                .filter(u -> u.isEnabled() && u.getRoles().contains(role)).toList();
        return toRefs(matching);
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<UserRef> findRef(long id) {
        return users.findById(id).map(u -> toRefs(List.of(u)).get(0));
    }

    @PreAuthorize("isAuthenticated()")
    public Map<Long, UserRef> refsByIds(Collection<Long> ids) {
        return toRefs(users.findAllById(ids)).stream().collect(Collectors.toMap(UserRef::id, Function.identity()));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public CreatedUser create(UserCommand command) {
        String username = normalizeUsername(command.username());
        if (users.existsByUsername(username)) {
            throw new UserValidationException("username", "user.username.duplicate");
        }
        requireActiveAgency(command.agencyId());
        String password = PasswordGenerator.generate();
        UserAccount account = new UserAccount(username, passwordEncoder.encode(password));
        account.updateProfile(command.fullName().trim(), blankToNull(command.email()), blankToNull(command.jobTitle()),
                command.agencyId(), command.roles());
        try {
            account = users.saveAndFlush(account);
        } catch (DataIntegrityViolationException e) {
            throw new UserValidationException("username", "user.username.duplicate");
        }
        return new CreatedUser(account.getId(), account.getUsername(), password);
    }

    /**
     * Creates an account with a given password, for start-up provisioning (first administrator,
     * demo users). Administrators use {@link #create(UserCommand)}, which generates the password.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public long provision(UserCommand command, String password) {
        UserAccount account = new UserAccount(normalizeUsername(command.username()), passwordEncoder.encode(password));
        account.updateProfile(command.fullName(), command.email(), command.jobTitle(), command.agencyId(),
                command.roles());
        return users.saveAndFlush(account).getId();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public long count() {
        return users.count();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void update(long id, long expectedVersion, UserCommand command) {
        UserAccount account = load(id);
        StaleEditException.check("User", id, expectedVersion, account.getVersion());
        if (account.getAgencyId() != command.agencyId()) {
            requireActiveAgency(command.agencyId());
        }
        refuseSelfLockout(account, command.roles().contains(Role.ADMIN), true);
        account.updateProfile(command.fullName().trim(), blankToNull(command.email()), blankToNull(command.jobTitle()),
                command.agencyId(), command.roles());
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void setEnabled(long id, boolean enabled) {
        UserAccount account = load(id);
        if (enabled) {
            account.enable();
        } else {
            refuseSelfLockout(account, account.getRoles().contains(Role.ADMIN), false);
            account.disable();
        }
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void unlock(long id) {
        load(id).unlock();
    }

    /** Sets a new random password and returns it, to be shown once. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public String resetPassword(long id) {
        UserAccount account = load(id);
        String password = PasswordGenerator.generate();
        account.changePasswordHash(passwordEncoder.encode(password));
        account.unlock();
        return password;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<HistoryEntry> history(long id) {
        load(id);
        Map<String, Function<UserAccount, Object>> fields = new LinkedHashMap<>();
        fields.put("username", UserAccount::getUsername);
        fields.put("fullName", UserAccount::getFullName);
        fields.put("email", UserAccount::getEmail);
        fields.put("jobTitle", UserAccount::getJobTitle);
        Map<Long, String> agencyCodes = agencies.tree().stream()
                .collect(Collectors.toMap(AgencySummary::id, AgencySummary::code));
        fields.put("agency", u -> agencyCodes.getOrDefault(u.getAgencyId(), String.valueOf(u.getAgencyId())));
        fields.put("roles", u -> u.getRoles().stream().map(Role::name).sorted().toList());
        fields.put("enabled", UserAccount::isEnabled);
        return RecordHistory.of(entityManager, UserAccount.class, id, fields);
    }

    private void refuseSelfLockout(UserAccount account, boolean keepsAdmin, boolean staysEnabled) {
        boolean self = CurrentUsers.current().map(u -> u.id() == account.getId()).orElse(false);
        if (self && (!keepsAdmin || !staysEnabled)) {
            throw new UserValidationException("roles", "user.self.lockout");
        }
    }

    private void requireActiveAgency(long agencyId) {
        boolean active = agencies.find(agencyId).map(AgencySummary::active).orElse(false);
        if (!active) {
            throw new UserValidationException("agencyId", "user.agency.inactive");
        }
    }

    private UserAccount load(long id) {
        return users.findById(id).orElseThrow(() -> new UserNotFoundException(id));
    }

    private List<UserRef> toRefs(List<UserAccount> accounts) {
        Map<Long, AgencySummary> agencyById = agencies.byIds(accounts.stream().map(UserAccount::getAgencyId).toList());
        return accounts.stream().map(u -> new UserRef(u.getId(), u.getUsername(), u.getFullName(), u.getAgencyId(),
                label(agencyById.get(u.getAgencyId())))).toList();
    }

    private static String label(AgencySummary agency) {
        return agency == null ? "?" : agency.code();
    }

    private static String normalizeUsername(String username) {
        return username == null ? "" : username.trim().toLowerCase();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
