package org.ssaplanner.interchange.engine;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.ssaplanner.interchange.CompetitionProperties;
import org.ssaplanner.interchange.IatiProperties;
import org.ssaplanner.interchange.ImportProperties;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ImportProperties.class, CompetitionProperties.class, IatiProperties.class})
class InterchangeConfiguration {
}
