package org.ssaplanner.authorities.domain;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.ssaplanner.authorities.Statute;

public interface AuthorityRepository extends JpaRepository<Authority, Long> {

    boolean existsByCitationIgnoreCase(String citation);

    boolean existsByShortNameIgnoreCase(String shortName);

    List<Authority> findAllByOrderByShortName();

    /** Every authority's id with each assistance type it permits (one row per pair), without loading authorities. */
    @Query("select a.id, t from Authority a join a.assistanceTypeCodes t")
    List<Object[]> permittedAssistanceTypes();

    /** Every statutory exception any authority carries, with its authority, in short-name order. */
    @Query("select c from CarriedException c join fetch c.authority a order by a.shortName, c.id")
    List<CarriedException> findAllCarriedExceptions();

    @Query("select case when count(c) > 0 then true else false end from CarriedException c where c.exceptionId = :exceptionId")
    boolean isExceptionCarried(@Param("exceptionId") long exceptionId);

    /** Filtered catalogue page; every filter is optional (null = any). expired: true, false or null. */
    @Query(value = """
            select a from Authority a
            where (:text is null or lower(a.shortName) like :text or lower(a.citation) like :text
                   or lower(a.title) like :text or lower(coalesce(a.sectionReference, '')) like :text)
              and (:statute is null or a.statute = :statute)
              and (:agencyId is null or a.managingAgencyId = :agencyId)
              and (:assistanceType is null or :assistanceType member of a.assistanceTypeCodes)
              and (:recipientType is null or :recipientType member of a.recipientTypeCodes)
              and (:expired is null
                   or (:expired = true and a.sunsetDate is not null and a.sunsetDate < :today)
                   or (:expired = false and (a.sunsetDate is null or a.sunsetDate >= :today)))
            """,
            countQuery = """
            select count(a) from Authority a
            where (:text is null or lower(a.shortName) like :text or lower(a.citation) like :text
                   or lower(a.title) like :text or lower(coalesce(a.sectionReference, '')) like :text)
              and (:statute is null or a.statute = :statute)
              and (:agencyId is null or a.managingAgencyId = :agencyId)
              and (:assistanceType is null or :assistanceType member of a.assistanceTypeCodes)
              and (:recipientType is null or :recipientType member of a.recipientTypeCodes)
              and (:expired is null
                   or (:expired = true and a.sunsetDate is not null and a.sunsetDate < :today)
                   or (:expired = false and (a.sunsetDate is null or a.sunsetDate >= :today)))
            """)
    Page<Authority> search(@Param("text") String text, @Param("statute") Statute statute,
            @Param("agencyId") Long agencyId, @Param("assistanceType") String assistanceType,
            @Param("recipientType") String recipientType, @Param("expired") Boolean expired,
            @Param("today") LocalDate today, Pageable pageable);
}
