package org.tongban.platform.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The JSON API, version 1. Every resource class states who may call it; see {@link RoleCheck}. */
@ApplicationPath("api/v1")
@OpenAPIDefinition(info = @Info(title = "Tongban API", version = "1",
        description = "National government service portal: jurisdictions, accounts, audit. "
                + "Sign in with POST /api/v1/tokens and send the token as 'Authorization: Bearer ...'. "
                + "Errors are application/problem+json in the language of Accept-Language (zh-CN or en)."))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer")
public class RestConfiguration extends Application {
}
