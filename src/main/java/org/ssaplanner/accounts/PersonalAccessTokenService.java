package org.ssaplanner.accounts;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ssaplanner.accounts.domain.PersonalAccessToken;
import org.ssaplanner.accounts.domain.PersonalAccessTokenRepository;
import org.ssaplanner.shared.FieldValidationException;
import org.ssaplanner.shared.NotFoundException;
import org.ssaplanner.shared.security.CurrentUser;
import org.ssaplanner.shared.security.CurrentUsers;

/**
 * Personal access tokens for the REST API (issue 17, section 3): each signed-in user makes, lists and revokes their
 * own. A token is 32 random bytes, shown once; only its SHA-256 is stored. It expires after at most a year.
 */
@Service
@Transactional(readOnly = true)
public class PersonalAccessTokenService {

    /** Every token starts so, which lets secret scanners recognise a leaked one. */
    public static final String PREFIX = "ssa_";
    static final int MAX_DAYS = 366;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final PersonalAccessTokenRepository tokens;
    private final ObjectProvider<Clock> clock;

    PersonalAccessTokenService(PersonalAccessTokenRepository tokens, ObjectProvider<Clock> clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    public List<AccessTokenView> mine() {
        return tokens.findByUserIdOrderByCreatedAtDesc(CurrentUsers.require().id()).stream()
                .map(t -> new AccessTokenView(t.getId(), t.getName(), t.getScope(), t.getCreatedAt(),
                        t.getExpiresAt(), t.getLastUsedAt(), t.getRevokedAt()))
                .toList();
    }

    /** What the form proposes: 90 days from today. */
    @PreAuthorize("isAuthenticated()")
    public LocalDate suggestedExpiry() {
        return today().plusDays(90);
    }

    /** The latest expiry date a token made today may have. */
    @PreAuthorize("isAuthenticated()")
    public LocalDate latestExpiry() {
        return today().plusYears(1);
    }

    /**
     * A new token of the signed-in user, valid until the end of {@code expiresOn} (UTC), at most a year from today.
     * Refused with field messages: no name, no scope, an expiry not after today or beyond a year.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public CreatedAccessToken create(String name, TokenScope scope, LocalDate expiresOn) {
        CurrentUser user = CurrentUsers.require();
        String trimmed = name == null ? "" : name.trim();
        List<FieldValidationException.Violation> problems = new ArrayList<>();
        if (trimmed.isEmpty()) {
            problems.add(new FieldValidationException.Violation("name", "token.name.required"));
        } else if (trimmed.length() > 100) {
            problems.add(new FieldValidationException.Violation("name", "token.name.tooLong", 100));
        }
        if (scope == null) {
            problems.add(new FieldValidationException.Violation("scope", "token.scope.required"));
        }
        LocalDate today = today();
        if (expiresOn == null || !expiresOn.isAfter(today) || expiresOn.isAfter(latestExpiry())) {
            problems.add(new FieldValidationException.Violation("expiresOn", "token.expiresOn.range", latestExpiry()));
        }
        if (!problems.isEmpty()) {
            throw new FieldValidationException(problems);
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = now();
        Instant expiresAt = expiresOn.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        if (expiresAt.isAfter(now.plus(Duration.ofDays(MAX_DAYS)))) {
            expiresAt = now.plus(Duration.ofDays(MAX_DAYS));
        }
        PersonalAccessToken saved = tokens.save(new PersonalAccessToken(user.id(), trimmed, AccessTokenHash.of(token),
                scope, now, expiresAt));
        return new CreatedAccessToken(saved.getId(), trimmed, token);
    }

    /** Revokes one of the signed-in user's tokens at once; another user's token or none: 404. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void revoke(long id) {
        tokens.findByIdAndUserId(id, CurrentUsers.require().id())
                .orElseThrow(() -> new NotFoundException("Access token", id)).revoke(now());
    }

    private Instant now() {
        return clock.getIfAvailable(Clock::systemUTC).instant();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(now(), ZoneOffset.UTC);
    }
}
