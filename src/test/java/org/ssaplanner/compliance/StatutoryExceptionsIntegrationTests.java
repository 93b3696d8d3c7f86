package org.ssaplanner.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.ssaplanner.SsaIntegrationTest;
import org.ssaplanner.TestUsers;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.authorities.AuthorityCommand;
import org.ssaplanner.authorities.AuthorityDuration;
import org.ssaplanner.authorities.AuthorityService;
import org.ssaplanner.authorities.AuthoritySummary;
import org.ssaplanner.authorities.CarriedExceptionCommand;
import org.ssaplanner.authorities.CarriedExceptionView;
import org.ssaplanner.authorities.ExceptionApplies;
import org.ssaplanner.authorities.ProgramCategory;
import org.ssaplanner.authorities.RestrictionDetail;
import org.ssaplanner.authorities.RestrictionService;
import org.ssaplanner.authorities.SourceAct;
import org.ssaplanner.authorities.Statute;
import org.ssaplanner.programs.ProgramFacts;
import org.ssaplanner.shared.FieldValidationException;
import org.ssaplanner.shared.audit.HistoryEntry;
import org.ssaplanner.shared.security.Role;

/**
 * The statutory exceptions authorities carry, from the seed data to the findings (issue 13 item 1): every seeded
 * authority runs against the FAA s.660 police prohibition, and the catalogue shows what the engine applies.
 */
@SsaIntegrationTest
class StatutoryExceptionsIntegrationTests {

    /** Outcome of FAA s.660 for a police counternarcotics program under each authority of the seed data. */
    static final Map<String, String> EXPECTED = new LinkedHashMap<>();

    static {
        // FAA s.660(b)(1): assistance authorized under FAA s.482, the narcotics-control chapter of INCLE
        EXPECTED.put("INCLE", "excepted by FAA s.660(b)(1)");
        // FAA funds without an s.660(b) exception of their own: a waiver or an approved claim is needed
        EXPECTED.put("IMET", "blocking");
        EXPECTED.put("PKO", "blocking");
        EXPECTED.put("ATA", "blocking");
        // not Foreign Assistance Act funds: s.660 does not apply
        EXPECTED.put("FMF", "not applicable");
        EXPECTED.put("SEC321", "not applicable");
        EXPECTED.put("SEC332", "not applicable");
        EXPECTED.put("SEC333", "not applicable");
        EXPECTED.put("SEC383", "not applicable");
        EXPECTED.put("SEC384", "not applicable");
    }

    @Autowired
    ApplicationContext context;
    @Autowired
    FindingRecomputationService recomputation;
    @Autowired
    AuthorityService authorities;
    @Autowired
    RestrictionService restrictions;
    @Autowired
    AgencyService agencies;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void everySeededAuthorityAgainstTheFaa660PoliceProhibition() {
        TestUsers.signInAs("exceptions-admin", 1, Role.ADMIN);
        Map<String, AuthoritySummary> seeded = new LinkedHashMap<>();
        authorities.all().stream().filter(a -> EXPECTED.containsKey(a.shortName()))
                .forEach(a -> seeded.put(a.shortName(), a));
        assertThat(seeded.keySet()).as("the authorities of the seed data").containsExactlyInAnyOrderElementsOf(
                EXPECTED.keySet());
        Map<String, String> outcomes = new LinkedHashMap<>();
        Map<String, String> catalogue = new LinkedHashMap<>();
        for (String shortName : EXPECTED.keySet()) {
            ProgramFacts facts = CompliancePrograms.create(context, null, "POLICE", Set.of("COUNTERNARCOTICS"),
                    shortName);
            Optional<Finding> s660 = faa660(recomputation.recompute(facts));
            outcomes.put(shortName, s660.map(f -> switch (f.severity()) {
                case SATISFIED_BY_EXCEPTION -> "excepted by " + f.reason().replaceAll("^Excepted by (\\S+ \\S+) .*$", "$1");
                case BLOCKING -> "blocking";
                default -> f.severity().name();
            }).orElse("not applicable"));
            if (s660.isPresent() && s660.get().severity() == FindingSeverity.SATISFIED_BY_EXCEPTION) {
                assertThat(s660.get().reason()).as(shortName)
                        .startsWith("Excepted by FAA s.660(b)(1) through INCLE (22 U.S.C. 2291), for narcotics-control "
                                + "assistance")
                        .contains("no waiver or claim is needed");
                assertThat(s660.get().waiverId()).isNull();
                assertThat(recomputation.blockingReasons(facts.programId())).as(shortName)
                        .noneMatch(r -> r.contains("FAA s.660"));
            }
            // the catalogue page reads the same data: the exceptions of FAA s.660 this authority carries
            catalogue.put(shortName, authorities.carriedExceptions(seeded.get(shortName).id()).stream()
                    .filter(c -> c.restriction().code().equals("FAA_660"))
                    .map(c -> "excepted by " + c.exception().citation()).findFirst().orElse(null));
        }
        assertThat(outcomes).isEqualTo(EXPECTED);
        for (String shortName : EXPECTED.keySet()) {
            if (EXPECTED.get(shortName).startsWith("excepted")) {
                assertThat(catalogue.get(shortName)).as(shortName).isEqualTo(EXPECTED.get(shortName));
            } else {
                assertThat(catalogue.get(shortName)).as(shortName).isNull();
            }
        }
    }

    @Test
    void incleCarriesTheNarcoticsExceptionOnlyForNarcoticsControlAndTheCatalogueSaysSo() {
        TestUsers.signInAs("exceptions-admin", 1, Role.ADMIN);
        ProgramFacts policing = CompliancePrograms.create(context, null, "POLICE", Set.of("GOVERNANCE_RULE_OF_LAW"),
                "INCLE");
        Finding s660 = faa660(recomputation.recompute(policing)).orElseThrow();
        assertThat(s660.severity()).isEqualTo(FindingSeverity.BLOCKING);
        assertThat(s660.reason()).contains("INCLE (22 U.S.C. 2291) carries FAA s.660(b)(1) for narcotics-control "
                + "assistance (authorized under FAA s.482), but this program does not meet its condition: capability "
                + "domain Governance and rule of law (not Counternarcotics)"); // issue 13: labels, not codes

        long incle = authorities.all().stream().filter(a -> a.shortName().equals("INCLE")).findFirst().orElseThrow()
                .id();
        CarriedExceptionView carried = authorities.carriedExceptions(incle).get(0);
        assertThat(carried.exception().code()).isEqualTo("NARCOTICS_DEA_FBI");
        assertThat(carried.carrier().applies()).isEqualTo(ExceptionApplies.WHEN_CONDITION_HOLDS);
        assertThat(carried.carrier().conditionText()).isEqualTo("capability_domain = COUNTERNARCOTICS");
        assertThat(authorities.get(incle).guidance()).as("no hand-written exception text").doesNotContain("660");
        assertThat(changes(incle)).as("the seeded exception is in the authority's history")
                .anyMatch(c -> c.after().contains("FAA s.660(b)(1) of 22 U.S.C. 2420, FAA s.660"));
    }

    @Test
    void anAdministratorRecordsAnExceptionOnAnAuthorityAndTheEngineAppliesIt() {
        TestUsers.signInAs("exceptions-admin", 1, Role.ADMIN);
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        long inl = agencies.tree().stream().filter(a -> a.code().equals("INL")).findFirst().orElseThrow().id();
        String shortName = "MLE" + suffix;
        long authority = authorities.create(new AuthorityCommand(shortName, "22 U.S.C. 9" + suffix, null,
                "Test maritime police authority", Statute.TITLE_22, SourceAct.FAA, ProgramCategory.SECURITY_ASSISTANCE,
                inl, "Test account", AuthorityDuration.PERMANENT, null, null, null, "Countries", null,
                Set.of("TRAINING"), Set.of("POLICE")));
        RestrictionDetail faa660 = restrictions.all().stream().filter(r -> r.code().equals("FAA_660")).findFirst()
                .orElseThrow();
        long maritime = faa660.exceptions().stream().filter(e -> e.code().equals("MARITIME_LAW_ENFORCEMENT"))
                .findFirst().orElseThrow().id();
        ProgramFacts facts = CompliancePrograms.create(context, null, "POLICE", Set.of("MARITIME"), shortName);
        assertThat(faa660(recomputation.recompute(facts)).orElseThrow().severity()).isEqualTo(FindingSeverity.BLOCKING);

        assertThatThrownBy(() -> authorities.carryException(authority, new CarriedExceptionCommand(maritime,
                ExceptionApplies.WHEN_CONDITION_HOLDS, "capability_domain = SEAFARING", "maritime law enforcement")))
                .isInstanceOfSatisfying(FieldValidationException.class,
                        e -> assertThat(e.violations()).extracting(FieldValidationException.Violation::field).containsExactly("conditionText"));
        assertThatThrownBy(() -> authorities.carryException(authority, new CarriedExceptionCommand(maritime,
                ExceptionApplies.WHEN_CONDITION_HOLDS, " ", "maritime law enforcement")))
                .isInstanceOf(FieldValidationException.class);
        TestUsers.signInAs("exceptions-planner", inl, Role.PLANNER);
        assertThatThrownBy(() -> authorities.carryException(authority, new CarriedExceptionCommand(maritime,
                ExceptionApplies.ALWAYS, null, "maritime law enforcement")))
                .isInstanceOf(AccessDeniedException.class);
        TestUsers.signInAs("exceptions-admin", 1, Role.ADMIN);
        assertThat(authorities.carriedExceptions(authority)).as("nothing saved by the refused requests").isEmpty();

        authorities.carryException(authority, new CarriedExceptionCommand(maritime,
                ExceptionApplies.WHEN_CONDITION_HOLDS, "capability_domain = MARITIME",
                "assistance in maritime law enforcement and other maritime skills"));
        assertThatThrownBy(() -> authorities.carryException(authority, new CarriedExceptionCommand(maritime,
                ExceptionApplies.ALWAYS, null, "again")))
                .isInstanceOfSatisfying(FieldValidationException.class,
                        e -> assertThat(e.violations()).extracting(FieldValidationException.Violation::messageKey)
                                .containsExactly("authority.exception.duplicate"));
        Finding excepted = faa660(recomputation.recompute(facts)).orElseThrow();
        assertThat(excepted.severity()).isEqualTo(FindingSeverity.SATISFIED_BY_EXCEPTION);
        assertThat(excepted.reason()).startsWith("Excepted by FAA s.660(b)(3) through " + shortName + " (22 U.S.C. 9"
                + suffix + "), for assistance in maritime law enforcement");
        assertThat(restrictions.get(faa660.id()).exception(maritime).orElseThrow().carriedBy())
                .extracting(RestrictionDetail.Carrier::authorityShortName).contains(shortName);
        assertThatThrownBy(() -> restrictions.removeException(faa660.id(), maritime))
                .as("an exception an authority carries stays").isInstanceOfSatisfying(FieldValidationException.class,
                        e -> assertThat(e.violations()).extracting(FieldValidationException.Violation::messageKey)
                                .containsExactly("restriction.exception.carried"));
        assertThat(changes(authority))
                .anyMatch(c -> c.field().equals("statutory exceptions carried")
                        && c.after().startsWith("FAA s.660(b)(3) of 22 U.S.C. 2420, FAA s.660: assistance in maritime")
                        && c.after().endsWith("(when capability_domain = MARITIME)"));

        List<CarriedExceptionView> carried = authorities.carriedExceptions(authority);
        authorities.stopCarrying(authority, carried.get(0).carrier().id());
        assertThat(authorities.carriedExceptions(authority)).isEmpty();
        assertThat(faa660(recomputation.recompute(facts)).orElseThrow().severity()).isEqualTo(FindingSeverity.BLOCKING);
    }

    private List<HistoryEntry.FieldChange> changes(long authority) {
        return authorities.history(authority).stream().flatMap(h -> h.changes().stream()).toList();
    }

    private static Optional<Finding> faa660(List<Finding> findings) {
        return findings.stream().filter(f -> f.restrictionCode().equals("FAA_660")).findFirst();
    }
}
