package org.ssaplanner.accounts.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PersonalAccessTokenRepository extends JpaRepository<PersonalAccessToken, Long> {

    Optional<PersonalAccessToken> findByTokenHash(String tokenHash);

    List<PersonalAccessToken> findByUserIdOrderByCreatedAtDesc(long userId);

    Optional<PersonalAccessToken> findByIdAndUserId(long id, long userId);

    /** Records a use, at most once a minute per token (a write per request would cost more than the request). */
    @Modifying
    @Query(value = "update personal_access_token set last_used_at = :now where id = :id"
            + " and (last_used_at is null or last_used_at < cast(:now as timestamptz) - interval '1 minute')", nativeQuery = true)
    int recordUse(@Param("id") long id, @Param("now") Instant now);
}
