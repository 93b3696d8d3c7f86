package org.ssaplanner.evaluations.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.ssaplanner.evaluations.EvidenceFileRef;

public interface EvidenceFileRepository extends JpaRepository<EvidenceFile, Long> {

    @Query("""
            select new org.ssaplanner.evaluations.EvidenceFileRef(f.id, f.evaluationId, f.fileName, f.contentType,
                f.sizeBytes, f.uploadedAt, f.uploadedBy)
            from EvidenceFile f where f.evaluationId = :evaluationId order by f.uploadedAt, f.id""")
    List<EvidenceFileRef> refsOfEvaluation(@Param("evaluationId") long evaluationId);

    Optional<EvidenceFile> findByIdAndEvaluationId(long id, long evaluationId);
}
