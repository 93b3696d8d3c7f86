package org.ssaplanner.workforce.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.ssaplanner.workforce.PostType;

public interface PositionRepository extends JpaRepository<Position, Long> {

    @Query("select p from Position p where (:agencyId is null or p.agencyId = :agencyId)")
    Page<Position> search(@Param("agencyId") Long agencyId, Pageable pageable);

    /** The positions a person holds (their tours: from and to, either open). */
    List<Position> findByPersonId(long personId);

    /**
     * The positions that can serve a plan: of its agencies, posted in its country or at a post that serves every
     * country (headquarters, combatant command), by part of their title or post name, a page at a time.
     */
    @Query("""
            select p from Position p
             where p.agencyId in :agencyIds
               and (p.countryId = :countryId or p.postType in :anywhere)
               and (:text is null or lower(p.title) like lower(concat('%', cast(:text as string), '%'))
                    or lower(coalesce(p.postName, '')) like lower(concat('%', cast(:text as string), '%')))
            """)
    Page<Position> servingCountry(@Param("agencyIds") Collection<Long> agencyIds, @Param("countryId") long countryId,
            @Param("anywhere") Collection<PostType> anywhere, @Param("text") String text, Pageable pageable);
}
