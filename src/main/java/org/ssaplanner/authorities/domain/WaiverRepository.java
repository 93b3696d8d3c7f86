package org.ssaplanner.authorities.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.ssaplanner.authorities.WaiverKind;
import org.ssaplanner.authorities.WaiverStatus;

public interface WaiverRepository extends JpaRepository<Waiver, Long> {

    @Query(value = """
            select w from Waiver w
            where (:programId is null or w.programId = :programId)
              and (:restrictionId is null or w.restrictionId = :restrictionId)
              and (:status is null or w.status = :status)
              and (:kind is null or w.kind = :kind)
            """,
            countQuery = """
            select count(w) from Waiver w
            where (:programId is null or w.programId = :programId)
              and (:restrictionId is null or w.restrictionId = :restrictionId)
              and (:status is null or w.status = :status)
              and (:kind is null or w.kind = :kind)
            """)
    Page<Waiver> search(@Param("programId") Long programId, @Param("restrictionId") Long restrictionId,
            @Param("status") WaiverStatus status, @Param("kind") WaiverKind kind, Pageable pageable);

    List<Waiver> findByProgramIdAndRestrictionIdAndStatus(long programId, long restrictionId, WaiverStatus status);

    List<Waiver> findByProgramIdInAndStatus(Collection<Long> programIds, WaiverStatus status);

    /** Program id and number of waivers and claims of the programs with the most of them (most first). */
    @Query("select w.programId, count(w) from Waiver w group by w.programId order by count(w) desc, w.programId")
    List<Object[]> countByProgram(Limit limit);
}
