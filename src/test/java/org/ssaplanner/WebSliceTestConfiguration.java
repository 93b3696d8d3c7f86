package org.ssaplanner;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.ssaplanner.accounts.security.SecurityConfiguration;
import org.ssaplanner.authorities.WaiverPermissions;
import org.ssaplanner.shared.web.DisplayFormat;
import org.ssaplanner.shared.web.PageLinks;
import org.ssaplanner.shared.web.PageSections;
import org.ssaplanner.shared.web.Viewer;

/** For {@code @WebMvcTest} slices: the real security configuration and the template helpers. */
@TestConfiguration(proxyBeanMethods = false)
@Import({SecurityConfiguration.class, DisplayFormat.class, Viewer.class, PageLinks.class, PageSections.class,
        WaiverPermissions.class})
public class WebSliceTestConfiguration {

    /** The layout's inbox count ({@code @inboxBadge.unread()}): a slice has no notifications module, so no count. */
    @Bean("inboxBadge")
    NoInboxCount inboxBadge() {
        return new NoInboxCount();
    }

    /** Answers the layout's question for the unread count with none. */
    public static final class NoInboxCount {

        public Long unread() {
            return null;
        }
    }
}
