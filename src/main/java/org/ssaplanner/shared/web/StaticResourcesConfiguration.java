package org.ssaplanner.shared.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The static files, mapped to the folders they live in instead of Spring Boot's {@code /**}
 * ({@code spring.web.resources.add-mappings=false}). With {@code /**} every link a page writes (through
 * {@code @{...}}, rewritten by the resource chain's URL encoding so that webjar links carry their version) was
 * looked up as a static file on the class path first, and a miss is not cached: half of the time of a country
 * page with a hundred links went into class-path lookups inside the application jar. Now only links under these
 * paths are looked up, and their answers are cached by the resource chain.
 */
@Configuration(proxyBeanMethods = false)
class StaticResourcesConfiguration implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true);
        registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/").resourceChain(true);
        registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/").resourceChain(true);
        registry.addResourceHandler("/favicon.ico").addResourceLocations("classpath:/static/").resourceChain(true);
    }
}
