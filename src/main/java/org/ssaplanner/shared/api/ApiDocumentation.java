package org.ssaplanner.shared.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI 3 document of the REST API ({@code /api/v1/openapi.json}, Swagger UI at {@code /api/docs}). */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String TOKEN = "personalAccessToken";

    @Bean
    OpenAPI ssaPlannerApi() {
        return new OpenAPI()
                .info(new Info().title("SSA Planner API").version("v1").description("""
                        Plans and programs of SSA Planner as JSON. Authenticate with a personal access token made on \
                        My account (`Authorization: Bearer ssa_...`): a request acts as the token's user, with that \
                        user's roles and agency, and may do what the user may do in the browser. Read tokens may only \
                        GET. Each resource's `ETag` is its version; updates need it in `If-Match` (428 without, \
                        412 when stale). Errors are RFC 9457 problem details. Requests are limited per token \
                        (`ssa.api.requests-per-minute`, 429 with `Retry-After`)."""))
                .components(new Components().addSecuritySchemes(TOKEN, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").description("A personal access token")))
                .addSecurityItem(new SecurityRequirement().addList(TOKEN));
    }
}
