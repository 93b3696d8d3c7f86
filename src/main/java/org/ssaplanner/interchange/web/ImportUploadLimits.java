package org.ssaplanner.interchange.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.ssaplanner.interchange.ImportProperties;
import org.ssaplanner.shared.web.UploadLimit;

/** Import uploads: one ForeignAssistance.gov file of up to ssa.interchange.max-file-size. */
@Configuration(proxyBeanMethods = false)
class ImportUploadLimits {

    @Bean
    UploadLimit importUploadLimit(ImportProperties properties) {
        return new UploadLimit("POST", "/imports", properties.maxFileSize(), 1);
    }
}
