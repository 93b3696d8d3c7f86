package org.ssaplanner.interchange.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.ssaplanner.interchange.ImportedActivityLinks;
import org.ssaplanner.shared.web.PageSection;

/** On the program page: the imported ForeignAssistance.gov activities the program was created from. */
@Configuration(proxyBeanMethods = false)
class ImportPageSections {

    @Bean
    PageSection programSourcesSection(ImportedActivityLinks links) {
        return PageSection.of(PageSection.PROGRAM, 30, "interchange/sections", "program-sources", links::sourcesOf);
    }
}
