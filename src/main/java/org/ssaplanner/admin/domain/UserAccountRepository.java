package org.ssaplanner.admin.domain;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.ssaplanner.shared.security.Role;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    /** The account, locked for the rest of the transaction (second-factor codes are accepted once). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from UserAccount u where u.username = :username")
    Optional<UserAccount> findByUsernameForUpdate(@Param("username") String username);

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
