package org.ssaplanner.accounts.domain;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.ssaplanner.shared.security.Role;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    /** The enabled concurrence officials of these agencies (issue 14). */
    List<UserAccount> findByConcurrenceAgencyIdInAndEnabledTrueOrderByFullName(Collection<Long> agencyIds);

    /** The account, locked for the rest of the transaction (second-factor codes are accepted once). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from UserAccount u where u.username = :username")
    Optional<UserAccount> findByUsernameForUpdate(@Param("username") String username);

    /*
     * Sign-in bookkeeping: single UPDATE statements, never a read-modify-write of the entity, so that sign-ins of
     * one account at the same moment neither collide on its version (they are not edits of the account: version,
     * updated at and by stay as they are) nor lose a count. PostgreSQL serializes the updates of one row and
     * re-evaluates each on the row as the previous one left it.
     */

    /** Counts one failed sign-in; the row stays locked for the rest of the transaction. Number of rows changed. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update UserAccount u set u.failedAttempts = u.failedAttempts + 1 where u.username = :username")
    int countFailedSignIn(@Param("username") String username);

    /** Locks the account until the given time if the count reached the limit (and restarts the count); 1 if it did. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update UserAccount u set u.failedAttempts = 0, u.lockedUntil = :until
            where u.username = :username and u.failedAttempts >= :maxAttempts
            """)
    int lockIfLimitReached(@Param("username") String username, @Param("maxAttempts") int maxAttempts,
            @Param("until") Instant until);

    /** A successful sign-in: the count of failures restarts and the time is noted. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update UserAccount u set u.failedAttempts = 0, u.lockedUntil = null, u.lastLoginAt = :now
            where u.username = :username
            """)
    int recordSuccessfulSignIn(@Param("username") String username, @Param("now") Instant now);

    /** Filtered page of users; every filter is optional (null = any). */
    @Query(value = """
            select u from UserAccount u
            where (:text is null or lower(u.username) like :text or lower(u.fullName) like :text
                   or lower(coalesce(u.email, '')) like :text)
              and (:agencyId is null or u.agencyId = :agencyId)
              and (:role is null or :role member of u.roles)
              and (:enabled is null or u.enabled = :enabled)
            """,
            countQuery = """
            select count(u) from UserAccount u
            where (:text is null or lower(u.username) like :text or lower(u.fullName) like :text
                   or lower(coalesce(u.email, '')) like :text)
              and (:agencyId is null or u.agencyId = :agencyId)
              and (:role is null or :role member of u.roles)
              and (:enabled is null or u.enabled = :enabled)
            """)
    Page<UserAccount> search(@Param("text") String text, @Param("agencyId") Long agencyId, @Param("role") Role role,
            @Param("enabled") Boolean enabled, Pageable pageable);
}
