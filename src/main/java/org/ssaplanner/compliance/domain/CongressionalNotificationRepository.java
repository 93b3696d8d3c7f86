package org.ssaplanner.compliance.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CongressionalNotificationRepository extends JpaRepository<CongressionalNotification, Long> {

    List<CongressionalNotification> findByProgramIdOrderByFiledOn(long programId);

    Optional<CongressionalNotification> findByProgramIdAndAuthorityId(long programId, long authorityId);
}
