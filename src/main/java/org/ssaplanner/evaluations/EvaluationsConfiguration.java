package org.ssaplanner.evaluations;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.ssaplanner.shared.web.UploadLimit;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EvidenceProperties.class)
class EvaluationsConfiguration {

    /** Evidence files: a new evaluation with its files, and files added to an evaluation. */
    @Bean
    UploadLimit newEvaluationUploadLimit(EvidenceProperties evidence) {
        return new UploadLimit("POST", "/programs/{programId}/evaluations", evidence.maxFileSize(), evidence.maxFilesPerUpload());
    }

    @Bean
    UploadLimit evidenceUploadLimit(EvidenceProperties evidence) {
        return new UploadLimit("POST", "/evaluations/{id}/evidence", evidence.maxFileSize(), evidence.maxFilesPerUpload());
    }
}
