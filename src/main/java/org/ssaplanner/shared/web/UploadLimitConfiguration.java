package org.ssaplanner.shared.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Puts {@link UploadLimitFilter} first, ahead of the security filters (which read form fields). */
@Configuration(proxyBeanMethods = false)
class UploadLimitConfiguration {

    @Bean
    FilterRegistrationBean<UploadLimitFilter> uploadLimitFilter(ObjectProvider<UploadLimit> limits) {
        FilterRegistrationBean<UploadLimitFilter> registration = new FilterRegistrationBean<>(new UploadLimitFilter(limits));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
