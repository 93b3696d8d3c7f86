package org.ssaplanner.authorities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.ssaplanner.SsaIntegrationTest;
import org.ssaplanner.TestUsers;
import org.ssaplanner.authorities.condition.ConditionVocabulary;
import org.ssaplanner.shared.FieldValidationException;
import org.ssaplanner.shared.security.Role;

@SsaIntegrationTest
class RestrictionServiceIntegrationTests {

    @Autowired
    RestrictionService restrictions;

    @BeforeEach
    void signIn() {
        TestUsers.signInAs("restriction-admin", 1, Role.ADMIN);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void seededRestrictionsHaveValidConditionsAndTheS660Exceptions() {
        var all = restrictions.all();
        assertThat(all).extracting(RestrictionDetail::code).contains("FAA_660", "LEAHY_STATE", "LEAHY_DOD",
                "AUTHORITY_SUNSET", "CONGRESSIONAL_NOTIFICATION");
        var values = restrictions.conditionValues();
        for (RestrictionDetail r : all) {
            ConditionVocabulary.parseAndValidate(r.conditionText(), values);
        }
        RestrictionDetail faa660 = all.stream().filter(r -> r.code().equals("FAA_660")).findFirst().orElseThrow();
        assertThat(faa660.waivable()).isTrue();
        assertThat(faa660.exceptions()).hasSize(8).extracting(RestrictionDetail.StatutoryException::code)
                .contains("MARITIME_LAW_ENFORCEMENT", "POST_CONFLICT_POLICE", "CUSTOMS");
        assertThat(all.stream().filter(r -> r.code().startsWith("LEAHY")).allMatch(r -> !r.waivable())).isTrue();
    }

    @Test
    void createsARestrictionWithoutCodeChangesAndRefusesBadConditions() {
        String code = "TEST_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase().replace('-', '_');
        long id = restrictions.create(new RestrictionCommand(code, "Sec. 7031(c)", "Test restriction", "Summary", false,
                null, RestrictionSeverity.WARNING, "country = CO and capability_domain = MARITIME"));
        var detail = restrictions.get(id);
        assertThat(detail.conditionText()).isEqualTo("country = CO and capability_domain = MARITIME");
        assertThatThrownBy(() -> restrictions.update(id, detail.version(), new RestrictionCommand(code, "c", "t", "s", false,
                null, RestrictionSeverity.WARNING, "recipient_type = PIRATES")))
                .isInstanceOfSatisfying(FieldValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("conditionText");
                    assertThat(e.messageKey()).isEqualTo("condition.error.unknownValue");
                });
        assertThatThrownBy(() -> restrictions.update(id, detail.version(), new RestrictionCommand(code, "c", "t", "s", true,
                " ", RestrictionSeverity.WARNING, "authority.expired")))
                .isInstanceOfSatisfying(FieldValidationException.class, e -> assertThat(e.field()).isEqualTo("waiverAuthority"));
        assertThat(restrictions.get(id).conditionText()).isEqualTo("country = CO and capability_domain = MARITIME");
        restrictions.addException(id, new StatutoryExceptionCommand("test_exc", "Sec. 7031(c)(2)", "An exception"));
        assertThat(restrictions.get(id).exceptions()).extracting(RestrictionDetail.StatutoryException::code).containsExactly("TEST_EXC");
        assertThat(restrictions.history(id)).isNotEmpty();
    }
}
