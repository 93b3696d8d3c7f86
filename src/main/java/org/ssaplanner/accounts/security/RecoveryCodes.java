package org.ssaplanner.accounts.security;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.ssaplanner.accounts.domain.RecoveryCode;
import org.ssaplanner.accounts.domain.RecoveryCodeRepository;

/**
 * Ten one-time recovery codes per user (e.g. {@code k7m2p-q9xrt}: 50 random bits each), stored hashed like
 * passwords, shown once when generated. A code signs in once in place of the second factor.
 */
@Component
public class RecoveryCodes {

    public static final int COUNT = 10;
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final RecoveryCodeRepository codes;
    private final PasswordEncoder encoder;

    RecoveryCodes(RecoveryCodeRepository codes, PasswordEncoder encoder) {
        this.codes = codes;
        this.encoder = encoder;
    }

    /** Replaces the user's codes with ten new ones and returns them in clear, to be shown once. */
    public List<String> regenerate(long userId) {
        codes.deleteByUserId(userId);
        codes.flush();
        Instant now = Instant.now();
        List<String> clear = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            String code = newCode();
            clear.add(code);
            codes.save(new RecoveryCode(userId, encoder.encode(code), now));
        }
        return clear;
    }

    public int unused(long userId) {
        return codes.findUnused(userId).size();
    }

    public void removeAll(long userId) {
        codes.deleteByUserId(userId);
    }

    /** Marks the matching unused code as used; false if none matches (a used code never matches again). */
    public boolean use(long userId, String code, Instant now) {
        String given = normalize(code);
        if (!given.matches("[a-z0-9]{5}-[a-z0-9]{5}")) {
            return false;
        }
        for (RecoveryCode candidate : codes.findUnused(userId)) {
            if (encoder.matches(given, candidate.getCodeHash())) {
                candidate.use(now);
                codes.saveAndFlush(candidate);
                return true;
            }
        }
        return false;
    }

    public static boolean looksLikeRecoveryCode(String code) {
        return normalize(code).matches("[a-z0-9]{5}-?[a-z0-9]{5}");
    }

    private static String normalize(String code) {
        String compact = code == null ? "" : code.strip().toLowerCase(Locale.ROOT).replace(" ", "");
        if (compact.length() == 10 && !compact.contains("-")) {
            compact = compact.substring(0, 5) + "-" + compact.substring(5);
        }
        return compact;
    }

    private static String newCode() {
        StringBuilder code = new StringBuilder(11);
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}
