package org.ssaplanner.accounts.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface RecoveryCodeRepository extends JpaRepository<RecoveryCode, Long> {

    @Query("select c from RecoveryCode c where c.userId = :userId and c.usedAt is null order by c.id")
    List<RecoveryCode> findUnused(@Param("userId") long userId);

    @Modifying
    @Query("delete from RecoveryCode c where c.userId = :userId")
    void deleteByUserId(@Param("userId") long userId);
}
