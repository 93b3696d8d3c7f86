package org.ssaplanner.workforce.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PersonRepository extends JpaRepository<Person, Long> {

    @Query("""
            select p from Person p
             where (:agencyId is null or p.agencyId = :agencyId)
               and (:name is null or lower(p.name) like lower(concat('%', cast(:name as string), '%')))
            """)
    Page<Person> search(@Param("agencyId") Long agencyId, @Param("name") String name, Pageable pageable);

    /** Others of the same name and agency with the same date of birth or employee number: duplicates. */
    @Query("""
            select p from Person p
             where lower(p.name) = lower(:name) and p.agencyId = :agencyId and (:id is null or p.id <> :id)
               and ((p.dateOfBirth is not null and p.dateOfBirth = :dateOfBirth)
                    or (p.employeeNumber is not null and p.employeeNumber = :employeeNumber))
            """)
    List<Person> duplicates(@Param("name") String name, @Param("agencyId") long agencyId,
            @Param("dateOfBirth") LocalDate dateOfBirth, @Param("employeeNumber") String employeeNumber,
            @Param("id") Long id);

    /** People of some agencies, by part of their name (a form's choices, a page at a time). */
    @Query("""
            select p from Person p
             where p.agencyId in :agencyIds
               and (:name is null or lower(p.name) like lower(concat('%', cast(:name as string), '%')))
            """)
    Page<Person> choices(@Param("agencyIds") Collection<Long> agencyIds, @Param("name") String name,
            Pageable pageable);

    java.util.Optional<Person> findByUserId(long userId);

    List<Person> findByEmployeeNumber(String employeeNumber);
}
