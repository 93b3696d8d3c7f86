package org.ssaplanner.programs.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProgramRepository extends JpaRepository<Program, Long> {

    List<Program> findByPlanIdOrderByTitle(long planId);

    List<Program> findByRecipientUnitIdOrderById(long recipientUnitId);

    @Query("select p.id from Program p order by p.id")
    List<Long> allIds();

    @Query("select p.planId from Program p where p.id = :id")
    List<Long> planOf(long id);

    @Query("select p.leadAgencyId from Program p where p.id = :id")
    List<Long> leadAgencyOf(long id);
}
