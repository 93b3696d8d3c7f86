package org.ssaplanner.accounts;

import static org.ssaplanner.shared.Text.blankToNull;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ssaplanner.accounts.domain.UserAccount;
import org.ssaplanner.accounts.domain.UserAccountRepository;
import org.ssaplanner.accounts.security.AccountSessions;
import org.ssaplanner.accounts.security.PasswordGenerator;
import org.ssaplanner.accounts.security.PasswordPolicy;
import org.ssaplanner.accounts.security.RecoveryCodes;
import org.ssaplanner.accounts.security.SecondFactors;
import org.ssaplanner.accounts.security.SecurityAudit;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.agencies.AgencySummary;
import org.ssaplanner.shared.NotFoundException;
import org.ssaplanner.shared.StaleEditException;
import org.ssaplanner.shared.audit.HistoryEntry;
import org.ssaplanner.shared.audit.RecordFields;
import org.ssaplanner.shared.audit.RecordHistory;
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
    private final PasswordPolicy passwordPolicy;
    private final AccountSessions sessions;
    private final SecondFactors secondFactors;
    private final RecoveryCodes recoveryCodes;
    private final SecurityAudit audit;
    private final MessageSource messages;

    UserAccountService(UserAccountRepository users, AgencyService agencies, PasswordEncoder passwordEncoder,
            EntityManager entityManager, PasswordPolicy passwordPolicy, AccountSessions sessions,
            SecondFactors secondFactors, RecoveryCodes recoveryCodes, SecurityAudit audit, MessageSource messages) {
        this.messages = messages;
        this.users = users;
        this.agencies = agencies;
        this.passwordEncoder = passwordEncoder;
        this.entityManager = entityManager;
        this.passwordPolicy = passwordPolicy;
        this.sessions = sessions;
        this.secondFactors = secondFactors;
        this.recoveryCodes = recoveryCodes;
        this.audit = audit;
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
                u.getCreatedBy(), u.getUpdatedAt(), u.getUpdatedBy(), u.isPasswordChangeRequired(), u.hasConfirmedTotp(),
                secondFactors.passkeys(u.getUsername()).size());
    }

    /** Users as other modules show them (e.g. to pick a plan's conductor). */
    @PreAuthorize("isAuthenticated()")
    public List<UserRef> activeUsersWithRole(Role role) {
        List<UserAccount> matching = users.findAll().stream()
                .filter(u -> u.isEnabled() && u.getRoles().contains(role)).toList();
        return toRefs(matching);
    }

    /** The active users, by name (e.g. to link a person of the workforce to a user). */
    @PreAuthorize("isAuthenticated()")
    public List<UserRef> activeUsers() {
        return toRefs(users.findAll().stream().filter(UserAccount::isEnabled)
                .sorted(Comparator.comparing(UserAccount::getFullName, String.CASE_INSENSITIVE_ORDER))
                .toList());
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
        account.setOneTimePassword(account.getPasswordHash(), Instant.now());
        account.updateProfile(command.fullName().trim(), blankToNull(command.email()), blankToNull(command.jobTitle()),
                command.agencyId(), command.roles());
        try {
            account = users.saveAndFlush(account);
        } catch (DataIntegrityViolationException e) {
            throw new UserValidationException("username", "user.username.duplicate");
        }
        audit.publish(SecurityAudit.USER_CREATED, account.getUsername(), "roles", roleNames(account.getRoles()),
                "agency", label(agencies.find(account.getAgencyId()).orElse(null)));
        return new CreatedUser(account.getId(), account.getUsername(), password);
    }

    /**
     * Creates an account with a given password, for start-up provisioning (first administrator,
     * demo users). Administrators use {@link #create(UserCommand)}, which generates the password. A
     * generated password is one-time (changed at the first sign-in); a chosen one (SSA_ADMIN_PASSWORD) must
     * pass the password rules.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public long provision(UserCommand command, String password, boolean oneTime) {
        String username = normalizeUsername(command.username());
        if (!oneTime) {
            List<PasswordPolicy.Violation> violations = passwordPolicy.check(password, username);
            if (!violations.isEmpty()) {
                throw new UserValidationException("password", violations.get(0).messageKey(),
                        violations.get(0).arguments());
            }
        }
        UserAccount account = new UserAccount(username, passwordEncoder.encode(password));
        if (oneTime) {
            account.setOneTimePassword(account.getPasswordHash(), Instant.now());
        }
        account.updateProfile(command.fullName(), command.email(), command.jobTitle(), command.agencyId(),
                command.roles());
        account = users.saveAndFlush(account);
        audit.publish(SecurityAudit.USER_CREATED, account.getUsername(), "roles", roleNames(account.getRoles()));
        return account.getId();
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
        Set<Role> rolesBefore = account.getRoles();
        long agencyBefore = account.getAgencyId();
        account.updateProfile(command.fullName().trim(), blankToNull(command.email()), blankToNull(command.jobTitle()),
                command.agencyId(), command.roles());
        boolean rolesChanged = !rolesBefore.equals(account.getRoles());
        boolean agencyChanged = agencyBefore != account.getAgencyId();
        if (rolesChanged) {
            audit.publish(SecurityAudit.ROLES_CHANGED, account.getUsername(), "from", roleNames(rolesBefore),
                    "to", roleNames(account.getRoles()));
        }
        if (agencyChanged) {
            Map<Long, AgencySummary> byId = agencies.byIds(List.of(agencyBefore, account.getAgencyId()));
            audit.publish(SecurityAudit.AGENCY_CHANGED, account.getUsername(), "from", label(byId.get(agencyBefore)),
                    "to", label(byId.get(account.getAgencyId())));
        }
        if (rolesChanged || agencyChanged) {
            // what the user may do changed: their open sessions end, the next sign-in reads the new account
            sessions.endAllAfterCommit(account.getUsername(), rolesChanged ? "roles changed" : "agency changed");
        }
    }

    /**
     * Gives or takes the per-agency duty of concurrence official (issue 14): its holder answers concurrence requests
     * on country plans for their own agency, never another. Read-only oversight users hold no duty; a disabled
     * account keeps it but answers nothing until enabled. The change is in the user's history.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void setConcurrenceOfficial(long id, boolean holds) {
        UserAccount account = load(id);
        if (holds && account.getRoles().stream().allMatch(role -> role == Role.VIEWER)) {
            throw new UserValidationException("concurrenceOfficial", "user.concurrence.readOnly");
        }
        if (holds) {
            requireActiveAgency(account.getAgencyId());
        }
        account.holdConcurrenceDuty(holds);
        users.saveAndFlush(account);
    }

    /** Whether the user holds the concurrence-official duty (for their own agency), enabled or not. */
    @PreAuthorize("hasRole('ADMIN')")
    public boolean holdsConcurrenceDuty(long id) {
        return load(id).getConcurrenceAgencyId() != null;
    }

    /** The agency the user answers concurrence requests for (their own), if they hold the duty and are enabled. */
    @PreAuthorize("isAuthenticated()")
    public Optional<Long> concurrenceAgencyOf(long userId) {
        return users.findById(userId).filter(UserAccount::isEnabled).map(UserAccount::getConcurrenceAgencyId);
    }

    /** The e-mail addresses of these users, enabled ones with an address only (for notices by e-mail). */
    @PreAuthorize("isAuthenticated()")
    public Map<Long, String> emailAddresses(Collection<Long> ids) {
        return users.findAllById(ids).stream().filter(UserAccount::isEnabled)
                .filter(u -> u.getEmail() != null && !u.getEmail().isBlank())
                .collect(Collectors.toMap(UserAccount::getId, UserAccount::getEmail));
    }

    /** The enabled concurrence officials of each of these agencies (an agency without one is missing). */
    @PreAuthorize("isAuthenticated()")
    public Map<Long, List<UserRef>> concurrenceOfficials(Collection<Long> agencyIds) {
        if (agencyIds.isEmpty()) {
            return Map.of();
        }
        return toRefs(users.findByConcurrenceAgencyIdInAndEnabledTrueOrderByFullName(agencyIds)).stream()
                .collect(Collectors.groupingBy(UserRef::agencyId, LinkedHashMap::new, Collectors.toList()));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void setEnabled(long id, boolean enabled) {
        UserAccount account = load(id);
        if (enabled) {
            if (!account.isEnabled()) {
                account.enable();
                audit.publish(SecurityAudit.USER_ENABLED, account.getUsername());
            }
        } else {
            refuseSelfLockout(account, account.getRoles().contains(Role.ADMIN), false);
            if (account.isEnabled()) {
                account.disable();
                audit.publish(SecurityAudit.USER_DISABLED, account.getUsername());
            }
            sessions.endAllAfterCommit(account.getUsername(), "account disabled");
        }
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void unlock(long id) {
        UserAccount account = load(id);
        account.unlock();
        audit.publish(SecurityAudit.USER_UNLOCKED, account.getUsername());
    }

    /**
     * Removes the user's second factors (authenticator app, passkeys, recovery codes), e.g. after a lost
     * phone or security key, and ends their sessions; if their role requires a second factor, they enrol a
     * new one at the next sign-in.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void removeSecondFactors(long id) {
        UserAccount account = load(id);
        boolean totp = account.getTotpSecret() != null;
        account.removeTotp();
        int passkeys = secondFactors.removePasskeys(account.getUsername());
        recoveryCodes.removeAll(account.getId());
        audit.publish(SecurityAudit.MFA_REMOVED, account.getUsername(), "what",
                "all second factors (" + (totp ? "authenticator app, " : "") + passkeys + " passkey(s))");
        sessions.endAllAfterCommit(account.getUsername(), "second factors removed");
    }

    /** Sets a new random password and returns it, to be shown once. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public String resetPassword(long id) {
        UserAccount account = load(id);
        String password = PasswordGenerator.generate();
        account.setOneTimePassword(passwordEncoder.encode(password), Instant.now());
        account.unlock();
        audit.publish(SecurityAudit.PASSWORD_RESET, account.getUsername());
        sessions.endAllAfterCommit(account.getUsername(), "password reset");
        return password;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<HistoryEntry> history(long id) {
        load(id);
        Locale locale = LocaleContextHolder.getLocale();
        Map<Long, String> agencyLabels = agencies.tree().stream()
                .collect(Collectors.toMap(AgencySummary::id, AgencySummary::label));
        RecordFields<UserAccount> fields = RecordFields.<UserAccount>describe()
                .and("username", "user.username", UserAccount::getUsername)
                .and("fullName", "user.fullName", UserAccount::getFullName)
                .and("email", "user.email", UserAccount::getEmail)
                .and("jobTitle", "user.jobTitle", UserAccount::getJobTitle)
                .and("agency", "user.agency", u -> agencyLabels.getOrDefault(u.getAgencyId(), "#" + u.getAgencyId()))
                .and("roles", "user.roles", u -> RecordFields.list(u.getRoles(),
                        r -> messages.getMessage("role." + r.name(), null, r.name(), locale)))
                .and("enabled", "user.status", u -> messages.getMessage(u.isEnabled() ? "user.enabled"
                        : "user.disabled", null, locale))
                .and("concurrenceOfficial", "user.concurrence", u -> u.getConcurrenceAgencyId() == null ? ""
                        : agencyLabels.getOrDefault(u.getConcurrenceAgencyId(), "#" + u.getConcurrenceAgencyId()));
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
        return users.findById(id).orElseThrow(() -> new NotFoundException("User", id));
    }

    private List<UserRef> toRefs(List<UserAccount> accounts) {
        Map<Long, AgencySummary> agencyById = agencies.byIds(accounts.stream().map(UserAccount::getAgencyId).toList());
        return accounts.stream().map(u -> new UserRef(u.getId(), u.getUsername(), u.getFullName(), u.getAgencyId(),
                label(agencyById.get(u.getAgencyId())))).toList();
    }

    private static String roleNames(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }

    private static String label(AgencySummary agency) {
        return agency == null ? "?" : agency.code();
    }

    private static String normalizeUsername(String username) {
        return username == null ? "" : username.trim().toLowerCase();
    }
}
