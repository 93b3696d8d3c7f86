package org.ssaplanner.shared.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.ssaplanner.SsaIntegrationTest;

/**
 * The OpenAPI 3 document (issue 17, section 3) is served without a token, parses as OpenAPI 3, and documents every
 * endpoint of the API (read from the application's own request mappings), with the bearer-token scheme.
 */
@SsaIntegrationTest
class OpenApiDocumentIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void theDocumentParsesAndDocumentsEveryApiEndpoint() throws Exception {
        String json = mvc.perform(get("/api/v1/openapi.json")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        // read into swagger-core's OpenAPI model: an unknown or misplaced element fails here
        OpenAPI api = Json.mapper().readValue(json, OpenAPI.class);
        assertThat(api.getOpenapi()).startsWith("3.");
        assertThat(api.getComponents().getSecuritySchemes()).containsKey(ApiDocumentation.TOKEN);

        Set<String> documented = new TreeSet<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().keySet()
                .forEach(method -> documented.add(method.name() + " " + path)));
        Set<String> implemented = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            if (!mapping.getValue().getBeanType().isAnnotationPresent(ApiController.class)) {
                continue;
            }
            for (String pattern : mapping.getKey().getPatternValues()) {
                mapping.getKey().getMethodsCondition().getMethods()
                        .forEach(method -> implemented.add(PathItem.HttpMethod.valueOf(method.name()).name() + " " + pattern));
            }
        }
        assertThat(implemented).contains("GET /api/v1/programs", "PUT /api/v1/programs/{id}", "GET /api/v1/plans/{id}");
        assertThat(documented).containsAll(implemented);
    }

    @Test
    void swaggerUiIsServedFromTheApplicationNotACdn() throws Exception {
        String page = mvc.perform(get("/api/docs")).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();
        // opened without a token, as a browser does: the page and its files are not behind the bearer chain
        String index = mvc.perform(get(page)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(index).contains("swagger-ui-bundle.js").doesNotContain("https://");
        mvc.perform(get(page.replace("index.html", "swagger-initializer.js"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/openapi.json/swagger-config")).andExpect(status().isOk());
    }
}
