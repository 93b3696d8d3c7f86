package org.ssaplanner.evaluations.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.ssaplanner.evaluations.EvaluationSummary;

public interface EvaluationRepository extends JpaRepository<Evaluation, Long> {

    @Query("""
            select new org.ssaplanner.evaluations.EvaluationSummary(e.id, e.programId, e.type, e.evaluatorName, e.date,
                e.qualityRating, e.effectRating, (select count(f) from EvidenceFile f where f.evaluationId = e.id))
            from Evaluation e where e.programId = :programId""")
    List<EvaluationSummary> summariesOfProgram(@Param("programId") long programId, Sort sort);

    @Query("""
            select new org.ssaplanner.evaluations.EvaluationSummary(e.id, e.programId, e.type, e.evaluatorName, e.date,
                e.qualityRating, e.effectRating, (select count(f) from EvidenceFile f where f.evaluationId = e.id))
            from Evaluation e where e.programId in :programIds""")
    List<EvaluationSummary> summariesOfPrograms(@Param("programIds") Collection<Long> programIds);

    long countByProgramId(long programId);
}
