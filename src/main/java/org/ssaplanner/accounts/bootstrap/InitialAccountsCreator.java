package org.ssaplanner.accounts.bootstrap;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.ssaplanner.accounts.UserAccountService;
import org.ssaplanner.accounts.UserCommand;
import org.ssaplanner.accounts.UserValidationException;
import org.ssaplanner.accounts.security.PasswordGenerator;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.agencies.AgencySummary;
import org.ssaplanner.shared.BeforeServingRequests;
import org.ssaplanner.shared.database.EmbeddedPostgresServer;
import org.ssaplanner.shared.security.Role;
import org.ssaplanner.shared.security.SystemAuthentication;

/**
 * On the first start (no user at all) creates the administrator, and in embedded mode one demo user
 * per role, and prints their passwords once. No fixed default password exists: the administrator's
 * comes from SSA_ADMIN_PASSWORD or is generated.
 */
@Component
class InitialAccountsCreator extends BeforeServingRequests {

    private static final Logger log = LoggerFactory.getLogger(InitialAccountsCreator.class);

    private final UserAccountService users;
    private final AgencyService agencies;
    private final ObjectProvider<EmbeddedPostgresServer> embedded;
    private final String adminPassword;
    private final boolean demoUsers;
    private final MessageSource messages;

    InitialAccountsCreator(UserAccountService users, AgencyService agencies,
            ObjectProvider<EmbeddedPostgresServer> embedded, @Value("${ssa.admin.password:}") String adminPassword,
            @Value("${ssa.demo.enabled:true}") boolean demoUsers, MessageSource messages) {
        super(ACCOUNTS);
        this.messages = messages;
        this.users = users;
        this.agencies = agencies;
        this.embedded = embedded;
        this.adminPassword = adminPassword;
        this.demoUsers = demoUsers;
    }

    @Override
    protected void runBeforeServing() {
        SystemAuthentication.run(this::createIfEmpty);
    }

    private void createIfEmpty() {
        if (users.count() > 0) {
            return;
        }
        List<String> lines = new ArrayList<>();
        boolean generated = adminPassword.isBlank();
        String password = generated ? PasswordGenerator.generate() : adminPassword;
        try {
            users.provision(new UserCommand("admin", "Administrator", null, "System administrator", agencyId("DOS"),
                    Set.of(Role.ADMIN)), password, generated);
        } catch (UserValidationException e) {
            throw new IllegalStateException("SSA_ADMIN_PASSWORD (ssa.admin.password) is refused: "
                    + messages.getMessage(e.messageKey(), e.arguments(), Locale.US)
                    + " Choose another, or leave it empty to have a one-time password generated.");
        }
        lines.add(String.format("  %-10s %-10s %s", "admin", "ADMIN",
                generated ? password : "(password from SSA_ADMIN_PASSWORD)"));
        if (embedded.getIfAvailable() != null && demoUsers) {
            lines.add(demoUser("planner", "Demo Planner", "INL", Role.PLANNER));
            lines.add(demoUser("evaluator", "Demo Evaluator", "DSCA", Role.EVALUATOR));
            lines.add(demoUser("viewer", "Demo Oversight Viewer", "DOS", Role.VIEWER));
        }
        String rule = "=".repeat(72);
        StringBuilder banner = new StringBuilder("\n").append(rule).append('\n')
                .append("  SSA Planner: first start, accounts created. Passwords are shown ONCE.\n")
                .append(String.format("  %-10s %-10s %s%n", "username", "role", "password"));
        lines.forEach(line -> banner.append(line).append('\n'));
        banner.append("  Sign in at /login. Generated passwords are one-time: each user sets their own at the first\n")
                .append("  sign-in. ADMIN (ssa.security.mfa.required-roles) then enrols a second factor (passkey or\n")
                .append("  authenticator app) and keeps the ten recovery codes shown.\n").append(rule);
        log.warn(banner.toString());
    }

    private String demoUser(String username, String fullName, String agencyCode, Role role) {
        String password = PasswordGenerator.generate();
        users.provision(new UserCommand(username, fullName, null, "Demo account", agencyId(agencyCode), Set.of(role)),
                password, true);
        return String.format("  %-10s %-10s %s", username, role.name(), password);
    }

    private long agencyId(String code) {
        return agencies.tree().stream().filter(a -> a.code().equals(code)).map(AgencySummary::id).findFirst()
                .orElseThrow(() -> new IllegalStateException("Seed agency " + code + " is missing"));
    }
}
