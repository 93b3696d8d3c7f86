package org.ssaplanner.programs;

import java.util.Set;
import java.util.UUID;
import org.ssaplanner.TestUsers;
import org.ssaplanner.accounts.CreatedUser;
import org.ssaplanner.accounts.UserAccountService;
import org.ssaplanner.accounts.UserCommand;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.agencies.AgencySummary;
import org.ssaplanner.plans.PlanCommand;
import org.ssaplanner.plans.PlanService;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.shared.security.CurrentUser;
import org.ssaplanner.shared.security.Role;

/** Object mother for plan and program integration tests: users, plans and programs with unique names. */
public final class PlanningFixtures {

    private final UserAccountService users;
    private final AgencyService agencies;
    private final ReferenceDataService reference;
    private final PlanService plans;
    private final ProgramService programs;

    public PlanningFixtures(UserAccountService users, AgencyService agencies, ReferenceDataService reference,
            PlanService plans, ProgramService programs) {
        this.users = users;
        this.agencies = agencies;
        this.reference = reference;
        this.plans = plans;
        this.programs = programs;
    }

    public static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    public long agency(String code) {
        signInAsAdmin();
        return agencies.tree().stream().filter(a -> a.code().equals(code)).map(AgencySummary::id).findFirst()
                .orElseThrow();
    }

    public long country(String alpha2) {
        signInAsAdmin();
        return reference.countryByCode(alpha2).orElseThrow().id();
    }

    public long authority(String shortName) {
        signInAsAdmin();
        return programs.authorityOptions().stream().filter(a -> a.shortName().equals(shortName)).findFirst()
                .orElseThrow().id();
    }

    /** A new user with the role, created by the administrator; returns the principal to sign in with. */
    public CurrentUser user(String agencyCode, Role role) {
        long agencyId = agency(agencyCode);
        CreatedUser created = users.create(new UserCommand(unique("u").toLowerCase(), "Test " + role, null, null,
                agencyId, Set.of(role)));
        return TestUsers.user(created.id(), created.username(), agencyId, role);
    }

    public void signInAsAdmin() {
        TestUsers.signInAs("admin", 1L, Role.ADMIN);
    }

    public long plan(CurrentUser conductor, String countryCode, Set<Long> agencies) {
        long country = country(countryCode);
        TestUsers.signIn(conductor);
        return plans.create(new PlanCommand(country, unique("Plan "), 2027, 2029, "End states", conductor.id(),
                agencies));
    }

    public ProgramCommand program(String title, long leadAgencyId, long authorityId) {
        return ProgramCommandBuilder.program(title, leadAgencyId, authorityId).build();
    }
}
