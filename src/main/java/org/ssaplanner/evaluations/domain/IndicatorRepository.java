package org.ssaplanner.evaluations.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.ssaplanner.reference.MetricLevel;

public interface IndicatorRepository extends JpaRepository<Indicator, Long> {

    @EntityGraph(attributePaths = "periods")
    List<Indicator> findByProgramIdOrderByNameAsc(long programId);

    @EntityGraph(attributePaths = "periods")
    Optional<Indicator> findByIdAndProgramId(long id, long programId);

    @EntityGraph(attributePaths = "periods")
    List<Indicator> findByPlanOutcomeIdInOrderByNameAsc(Collection<Long> planOutcomeIds);

    @EntityGraph(attributePaths = "periods")
    List<Indicator> findByProgramIdInOrderByProgramIdAscNameAscIdAsc(Collection<Long> programIds);

    @EntityGraph(attributePaths = "periods")
    List<Indicator> findByPartnerUnitIdOrderByNameAsc(long partnerUnitId);

    /** Results-chain balance: [level, count] per level that has indicators. */
    @Query("select i.level, count(i) from Indicator i where i.programId = :programId group by i.level")
    List<Object[]> countByLevel(@Param("programId") long programId);

    /** Programs that have at least one indicator at one of the given levels. */
    @Query("select distinct i.programId from Indicator i where i.level in :levels")
    List<Long> programsWithLevels(@Param("levels") Collection<MetricLevel> levels);
}
