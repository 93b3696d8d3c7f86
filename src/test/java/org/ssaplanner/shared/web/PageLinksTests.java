package org.ssaplanner.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The links of the pager and the column headers keep every filter of the current address. */
class PageLinksTests {

    private final PageLinks links = new PageLinks();

    @AfterEach
    void clear() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void aHeaderLinkKeepsTheFiltersSetsTheOrderAndGoesBackToTheFirstPage() {
        request("/waivers", "restriction", "3", "status", "REQUESTED", "sort", "id", "dir", "asc", "page", "4",
                "_csrf", "x");
        assertThat(links.sortedBy("status", "desc"))
                .isEqualTo("/waivers?restriction=3&status=REQUESTED&sort=status&dir=desc");
    }

    @Test
    void aPagerLinkKeepsTheFiltersAndTheOrder() {
        request("/programs", "q", "coast guard", "sort", "TITLE", "dir", "desc", "page", "1");
        assertThat(links.withPage(2)).isEqualTo("/programs?q=coast%20guard&sort=TITLE&dir=desc&page=2");
        assertThat(links.withPage(-1)).endsWith("&page=0");
    }

    private static void request(String uri, String... parameters) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);
        for (int i = 0; i < parameters.length; i += 2) {
            request.addParameter(parameters[i], parameters[i + 1]);
        }
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }
}
