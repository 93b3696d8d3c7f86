package org.ssaplanner.evaluations.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.ssaplanner.evaluations.EvidenceProperties;
import org.ssaplanner.shared.web.UploadLimit;

/** Evidence files: a new evaluation with its files, and files added to an evaluation. */
@Configuration(proxyBeanMethods = false)
class EvidenceUploadLimits {

    @Bean
    UploadLimit newEvaluationUploadLimit(EvidenceProperties evidence) {
        return new UploadLimit("POST", "/programs/{programId}/evaluations", evidence.maxFileSize(), evidence.maxFilesPerUpload());
    }

    @Bean
    UploadLimit evidenceUploadLimit(EvidenceProperties evidence) {
        return new UploadLimit("POST", "/evaluations/{id}/evidence", evidence.maxFileSize(), evidence.maxFilesPerUpload());
    }
}
