package org.ssaplanner.accounts.security;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import me.gosimple.nbvcxz.resources.DictionaryUtil;
import org.springframework.stereotype.Component;

/**
 * The password rules of NIST SP 800-63B (5.1.1.2): a minimum and maximum length counted in characters
 * (Unicode code points after NFKC normalisation), any characters, no composition rules, and refused when on
 * a list of common or breached passwords or equal to the user name. The list is nbvcxz's
 * {@code dictionaries/passwords.txt} (the 100,000 most common passwords of leaked password sets, MIT
 * licence), compared without regard to case.
 */
@Component
public class PasswordPolicy {

    /** A broken rule: its message key and arguments. */
    public record Violation(String messageKey, Object... arguments) {
    }

    private final PasswordPolicyProperties properties;
    private final Map<String, Integer> commonPasswords;

    public PasswordPolicy(PasswordPolicyProperties properties) {
        this.properties = properties;
        this.commonPasswords = DictionaryUtil.loadRankedDictionary(DictionaryUtil.passwords);
    }

    public int minLength() {
        return properties.minLength();
    }

    public int maxLength() {
        return properties.maxLength();
    }

    /** Number of entries of the common-password list. */
    public int commonPasswordCount() {
        return commonPasswords.size();
    }

    /** The rules this password breaks for this user, in the order shown; empty when it is acceptable. */
    public List<Violation> check(String password, String username) {
        List<Violation> violations = new ArrayList<>();
        String normalized = normalize(password);
        int length = normalized.codePointCount(0, normalized.length());
        if (length < properties.minLength()) {
            violations.add(new Violation("password.rule.tooShort", properties.minLength()));
        }
        if (length > properties.maxLength()) {
            violations.add(new Violation("password.rule.tooLong", properties.maxLength()));
        }
        String lower = normalized.toLowerCase(Locale.ROOT);
        if (commonPasswords.containsKey(lower)) {
            violations.add(new Violation("password.rule.common"));
        }
        if (username != null && !username.isBlank() && lower.equals(username.strip().toLowerCase(Locale.ROOT))) {
            violations.add(new Violation("password.rule.username"));
        }
        return violations;
    }

    /** NFKC, as NIST SP 800-63B asks, so that the same password typed on another keyboard still matches. */
    public static String normalize(String password) {
        return password == null ? "" : Normalizer.normalize(password, Normalizer.Form.NFKC);
    }
}
