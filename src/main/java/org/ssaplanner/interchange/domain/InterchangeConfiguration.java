package org.ssaplanner.interchange.domain;

import org.ssaplanner.interchange.ImportProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ImportProperties.class)
class InterchangeConfiguration {
}
