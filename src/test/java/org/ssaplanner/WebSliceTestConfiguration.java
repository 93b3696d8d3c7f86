package org.ssaplanner;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.ssaplanner.admin.security.SecurityConfiguration;
import org.ssaplanner.shared.web.DisplayFormat;
import org.ssaplanner.shared.web.PageLinks;

/** For {@code @WebMvcTest} slices: the real security configuration and the template helpers. */
@TestConfiguration(proxyBeanMethods = false)
@Import({SecurityConfiguration.class, DisplayFormat.class, PageLinks.class})
public class WebSliceTestConfiguration {
}
