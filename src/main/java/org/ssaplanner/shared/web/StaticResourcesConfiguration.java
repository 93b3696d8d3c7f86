package org.ssaplanner.shared.web;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The static files, mapped to the folders they live in instead of Spring Boot's {@code /**}
 * ({@code spring.web.resources.add-mappings=false}). With {@code /**} every link a page writes (through
 * {@code @{...}}, rewritten by the resource chain's URL encoding so that webjar links carry their version) was
 * looked up as a static file on the class path first, and a miss is not cached: half of the time of a country
 * page with a hundred links went into class-path lookups inside the application jar. Now only links under these
 * paths are looked up, and their answers are cached by the resource chain.
 * <p>
 * Browsers keep the files for a year: every link to them names their version (a webjar's version in its path, the
 * content's hash in the name of the application's own files, {@code app-5f3c….css}), so a changed file has a new
 * address. Without it every page view fetched about 700 kB of CSS and JavaScript again (Spring Security marks
 * every response {@code no-store} unless it says otherwise; pages keep that).
 */
@Configuration(proxyBeanMethods = false)
class StaticResourcesConfiguration implements WebMvcConfigurer {

    private static final CacheControl VERSIONED = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(VERSIONED).resourceChain(true);
        own(registry, "/css/**", "classpath:/static/css/");
        own(registry, "/js/**", "classpath:/static/js/");
        // asked for by its plain name by browsers, so not versioned: a day
        registry.addResourceHandler("/favicon.ico").addResourceLocations("classpath:/static/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic()).resourceChain(true);
    }

    private static void own(ResourceHandlerRegistry registry, String pattern, String location) {
        registry.addResourceHandler(pattern).addResourceLocations(location).setCacheControl(VERSIONED)
                .resourceChain(true).addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
    }
}
