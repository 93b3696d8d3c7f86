package org.ssaplanner.accounts.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** NIST SP 800-63B rules: length in characters, any characters, no composition rules, common list, user name. */
class PasswordPolicyTests {

    static PasswordPolicy policy;

    @BeforeAll
    static void load() {
        policy = new PasswordPolicy(new PasswordPolicyProperties(null, null));
    }

    @Test
    void theShippedListOfCommonPasswordsHasAtLeastTenThousandEntries() {
        assertThat(policy.commonPasswordCount()).isGreaterThanOrEqualTo(10_000);
    }

    @Test
    void twelveCharactersAtLeastAndAtMost128() {
        assertThat(keys(policy.check("eleven chrs", "someone"))).containsExactly("password.rule.tooShort");
        assertThat(policy.check("eleven chrs", "someone").get(0).arguments()).containsExactly(12);
        assertThat(policy.check("twelve chars", "someone")).isEmpty();
        assertThat(policy.check("x".repeat(128), "someone")).isEmpty();
        assertThat(keys(policy.check("x".repeat(129), "someone"))).containsExactly("password.rule.tooLong");
        assertThat(policy.check("x".repeat(129), "someone").get(0).arguments()).containsExactly(128);
    }

    @Test
    void anyCharactersCountOneEachAndNoCompositionIsAsked() {
        // twelve characters outside the Basic Multilingual Plane are 24 Java chars but twelve characters
        assertThat(keys(policy.check("\uD83D\uDD11".repeat(11), "someone"))).containsExactly("password.rule.tooShort");
        assertThat(policy.check("\uD83D\uDD11".repeat(12), "someone")).isEmpty();
        assertThat(keys(policy.check("密码是一句很长的中文话", "someone"))).containsExactly("password.rule.tooShort");
        assertThat(policy.check("密码是一句很长的中文话呀", "someone")).isEmpty();
        assertThat(policy.check("all lower case words only", "someone")).isEmpty();
        assertThat(policy.check("with spaces   and tabs\tok", "someone")).isEmpty();
    }

    @Test
    void commonAndBreachedPasswordsAreRefusedWhateverTheirCase() {
        assertThat(keys(policy.check("1qaz2wsx3edc", "someone"))).containsExactly("password.rule.common");
        assertThat(keys(policy.check("1QAZ2WSX3EDC", "someone"))).containsExactly("password.rule.common");
        assertThat(keys(policy.check("password", "someone"))).containsExactly("password.rule.tooShort",
                "password.rule.common");
    }

    @Test
    void theUserNameIsRefusedAsPassword() {
        assertThat(keys(policy.check("Jane.Doe.Planner", "jane.doe.planner"))).containsExactly("password.rule.username");
    }

    @Test
    void aShorterMinimumCanBeConfiguredButNeverBelowEightAndTheMaximumNeverBelow128() {
        PasswordPolicy configured = new PasswordPolicy(new PasswordPolicyProperties(4, 64));
        assertThat(configured.minLength()).isEqualTo(8);
        assertThat(configured.maxLength()).isEqualTo(128);
        assertThat(new PasswordPolicy(new PasswordPolicyProperties(15, 200)).check("fourteen chars", "x"))
                .extracting(PasswordPolicy.Violation::messageKey).containsExactly("password.rule.tooShort");
    }

    private static List<String> keys(List<PasswordPolicy.Violation> violations) {
        return violations.stream().map(PasswordPolicy.Violation::messageKey).toList();
    }
}
