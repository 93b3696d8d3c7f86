package org.ssaplanner.countryteam.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TeamMemberRepository extends JpaRepository<TeamMember, Long> {

    List<TeamMember> findByCountryIdOrderByRoleAscNameAsc(long countryId);

    List<TeamMember> findByPostId(long postId);
}
