package org.ssaplanner.interchange.domain;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.ssaplanner.shared.web.UploadLimit;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ImportProperties.class)
class InterchangeConfiguration {

    /** Import uploads: one ForeignAssistance.gov file of up to ssa.interchange.max-file-size. */
    @Bean
    UploadLimit importUploadLimit(ImportProperties properties) {
        return new UploadLimit("POST", "/imports", properties.maxFileSize(), 1);
    }
}
