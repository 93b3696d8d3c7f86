package org.ssaplanner.authorities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.ssaplanner.SsaIntegrationTest;
import org.ssaplanner.TestUsers;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.compliance.CompliancePrograms;
import org.ssaplanner.shared.FieldValidationException;
import org.ssaplanner.shared.security.Role;

@SsaIntegrationTest
class WaiverServiceIntegrationTests {

    @Autowired
    ApplicationContext applicationContext;

    /** Made-up program ids far from anything else in the shared database. */
    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    WaiverService waivers;
    @Autowired
    RestrictionService restrictions;

    RestrictionDetail faa660;
    RestrictionDetail leahyState;

    /** The test programs are led by INL: its planners may request waivers for them (issue 12). */
    long inl;

    @BeforeEach
    void setUp() {
        TestUsers.signInAs("waiver-planner", 1, Role.PLANNER);
        inl = applicationContext.getBean(AgencyService.class).tree().stream()
                .filter(a -> a.code().equals("INL")).findFirst().orElseThrow().id();
        TestUsers.signInAs("waiver-planner", inl, Role.PLANNER);
        faa660 = byCode("FAA_660");
        leahyState = byCode("LEAHY_STATE");
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void nonWaivableRestrictionRefusesWaiversWithAClearMessage() {
        long program = newProgram();
        assertThatThrownBy(() -> waivers.request(new WaiverRequestCommand(program, leahyState.id(),
                WaiverKind.WAIVER, null, "please")))
                .isInstanceOfSatisfying(FieldValidationException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("waiver.restriction.notWaivable");
                    assertThat(e.arguments()).contains("22 U.S.C. 2378d, FAA s.620M");
                });
        assertThatThrownBy(() -> waivers.request(new WaiverRequestCommand(program, leahyState.id(),
                WaiverKind.EXCEPTION, faa660.exceptions().get(0).id(), "please")))
                .isInstanceOfSatisfying(FieldValidationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("waiver.restriction.noExceptions"));
    }

    /**
     * Issue 13, item 2: neither Leahy law can be waived or excepted (the State law has no waiver; the seeded DoD one
     * is recorded as not waivable either), and the service refuses both kinds of request whatever the page offers.
     */
    @Test
    void theLeahyRestrictionsRefuseWaiversAndExceptionClaims() {
        long program = newProgram();
        for (RestrictionDetail leahy : List.of(leahyState, byCode("LEAHY_DOD"))) {
            assertThat(leahy.waivable()).as(leahy.code()).isFalse();
            assertThat(leahy.exceptions()).as(leahy.code()).isEmpty();
            assertThatThrownBy(() -> waivers.request(new WaiverRequestCommand(program, leahy.id(), WaiverKind.WAIVER,
                    null, "please")))
                    .isInstanceOfSatisfying(FieldValidationException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("waiver.restriction.notWaivable"));
            assertThatThrownBy(() -> waivers.request(new WaiverRequestCommand(program, leahy.id(),
                    WaiverKind.EXCEPTION, faa660.exceptions().get(0).id(), "please")))
                    .isInstanceOfSatisfying(FieldValidationException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("waiver.restriction.noExceptions"));
        }
        assertThat(waivers.search(new WaiverFilter(program, null, null, null), PageRequest.of(0, 10))
                .getTotalElements()).isZero();
    }

    /** A restriction that stops being waivable while a request waits: the administrator cannot approve it. */
    @Test
    void aRequestForARestrictionThatIsNoLongerWaivableCannotBeApproved() {
        long program = newProgram();
        TestUsers.signInAs("waiver-admin", 1, Role.ADMIN);
        String code = "NOWAIVE_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        long restriction = restrictions.create(new RestrictionCommand(code, "Sec. 9998", "Test restriction",
                "Fixture", true, "Secretary", RestrictionSeverity.BLOCKING,
                "recipient_type = POLICE and not recipient_type = POLICE"));
        TestUsers.signInAs("waiver-planner", inl, Role.PLANNER);
        long request = waivers.request(new WaiverRequestCommand(program, restriction, WaiverKind.WAIVER, null, "x"));
        TestUsers.signInAs("waiver-admin", 1, Role.ADMIN);
        restrictions.update(restriction, restrictions.get(restriction).version(), new RestrictionCommand(code,
                "Sec. 9998", "Test restriction", "Fixture", false, null, RestrictionSeverity.BLOCKING,
                "recipient_type = POLICE and not recipient_type = POLICE"));
        assertThatThrownBy(() -> waivers.approve(request, waivers.get(request).version(),
                decision(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 12, 31))))
                .isInstanceOfSatisfying(FieldValidationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("waiver.restriction.notWaivable"));
        assertThat(waivers.get(request).status()).isEqualTo(WaiverStatus.REQUESTED);
    }

    @Test
    void approvalChecksDatesAndOverlapAndOnlyAdministratorsDecide() {
        long program = newProgram();
        long first = waivers.request(new WaiverRequestCommand(program, faa660.id(), WaiverKind.WAIVER, null, "police training"));
        assertThatThrownBy(() -> waivers.request(new WaiverRequestCommand(program, faa660.id(), WaiverKind.WAIVER, null, "again")))
                .isInstanceOfSatisfying(FieldValidationException.class, e -> assertThat(e.messageKey()).isEqualTo("waiver.pending.exists"));
        assertThatThrownBy(() -> waivers.approve(first, 0, decision(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 12, 31))))
                .isInstanceOf(AccessDeniedException.class);

        TestUsers.signInAs("waiver-admin", 1, Role.ADMIN);
        long version = waivers.get(first).version();
        assertThatThrownBy(() -> waivers.approve(first, version, decision(LocalDate.of(2030, 6, 1), LocalDate.of(2030, 5, 31))))
                .isInstanceOfSatisfying(FieldValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("expiryDate");
                    assertThat(e.messageKey()).isEqualTo("waiver.expiryDate.beforeEffective");
                });
        assertThatThrownBy(() -> waivers.approve(first, version, decision(LocalDate.of(2030, 6, 1), null)))
                .isInstanceOfSatisfying(FieldValidationException.class, e -> assertThat(e.field()).isEqualTo("expiryDate"));
        waivers.approve(first, version, decision(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 12, 31)));
        WaiverSummary approved = waivers.get(first);
        assertThat(approved.status()).isEqualTo(WaiverStatus.APPROVED);
        assertThat(approved.inForceOn(LocalDate.of(2030, 12, 31))).isTrue();
        assertThat(approved.inForceOn(LocalDate.of(2031, 1, 1))).isFalse();
        assertThat(approved.expiredOn(LocalDate.of(2031, 1, 1))).isTrue();

        long second = waivers.request(new WaiverRequestCommand(program, faa660.id(), WaiverKind.EXCEPTION,
                faa660.exceptions().get(0).id(), "narcotics chapter"));
        assertThatThrownBy(() -> waivers.approve(second, waivers.get(second).version(), decision(LocalDate.of(2030, 12, 1), null)))
                .isInstanceOfSatisfying(FieldValidationException.class, e -> assertThat(e.messageKey()).isEqualTo("waiver.overlap"));
        waivers.approve(second, waivers.get(second).version(), decision(LocalDate.of(2031, 1, 1), null));
        assertThat(waivers.approvedFor(List.of(program))).extracting(WaiverSummary::id).containsExactlyInAnyOrder(first, second);
        assertThat(waivers.history(first)).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void exceptionClaimMustNameAnExceptionOfTheRestrictionAndRejectionNeedsANote() {
        long program = newProgram();
        assertThatThrownBy(() -> waivers.request(new WaiverRequestCommand(program, faa660.id(), WaiverKind.EXCEPTION, null, "x")))
                .isInstanceOfSatisfying(FieldValidationException.class, e -> assertThat(e.field()).isEqualTo("exceptionId"));
        long id = waivers.request(new WaiverRequestCommand(program, faa660.id(), WaiverKind.WAIVER, null, "x"));
        TestUsers.signInAs("waiver-admin", 1, Role.ADMIN);
        assertThatThrownBy(() -> waivers.reject(id, waivers.get(id).version(), " "))
                .isInstanceOfSatisfying(FieldValidationException.class, e -> assertThat(e.field()).isEqualTo("note"));
        waivers.reject(id, waivers.get(id).version(), "Not justified");
        assertThat(waivers.get(id).status()).isEqualTo(WaiverStatus.REJECTED);
    }

    private long newProgram() {
        return CompliancePrograms.create(applicationContext, null, "POLICE", "INCLE").programId();
    }

    private static WaiverDecisionCommand decision(LocalDate from, LocalDate to) {
        return new WaiverDecisionCommand("A. Official", "Secretary of State", from, to, null);
    }

    private RestrictionDetail byCode(String code) {
        return restrictions.all().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void theDatabaseKeepsWaiversToRealPrograms() {
        long restrictionId = jdbc.queryForObject("select min(id) from restriction", Long.class);
        assertThatThrownBy(() -> jdbc.update("insert into waiver (program_id, restriction_id, kind, justification, status, "
                + "requested_by, requested_at) values (-1, ?, 'WAIVER', 'none', 'REQUESTED', 'nobody', now())", restrictionId))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("fk_waiver_program");
    }

    @Test
    void plannersFindTheProgramToRequestAWaiverForByWordsOfItsTitle() {
        long program = newProgram();
        String title = waivers.programTitle(program).orElseThrow();
        String word = title.substring(title.lastIndexOf(' ') + 1);

        assertThat(waivers.findPrograms(word)).extracting(ProgramLookup.ProgramChoice::programId)
                .containsExactly(program);
        assertThat(waivers.findPrograms("  ")).isEmpty();
        TestUsers.signInAs("waiver-viewer", 1, Role.VIEWER);
        assertThatThrownBy(() -> waivers.findPrograms(word)).isInstanceOf(AccessDeniedException.class);
    }
}
