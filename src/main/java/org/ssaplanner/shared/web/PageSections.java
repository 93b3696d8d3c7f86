package org.ssaplanner.shared.web;

import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Collects the sections other modules contribute to a record page, ready for the template. */
@Component
public class PageSections {

    private final ObjectProvider<PageSection> sections;

    PageSections(ObjectProvider<PageSection> sections) {
        this.sections = sections;
    }

    public List<Rendered> render(String page, long recordId) {
        return sections.orderedStream()
                .filter(section -> section.page().equals(page))
                .sorted(Comparator.comparingInt(PageSection::order))
                .map(section -> new Rendered(section.template(), section.fragment(), section.data(recordId)))
                .toList();
    }

    public record Rendered(String template, String fragment, Object data) {
    }
}
