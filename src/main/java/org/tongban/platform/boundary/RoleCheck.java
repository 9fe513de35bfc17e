package org.tongban.platform.boundary;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.List;
import java.util.logging.Logger;

/**
 * Deny by default: every API method needs {@code @PermitAll} or {@code @RolesAllowed}, on itself
 * or on its class. A method with neither answers 403 to everyone and is reported at start-up,
 * so that a forgotten annotation fails closed.
 */
@Provider
public class RoleCheck implements DynamicFeature {

    private static final Logger LOG = Logger.getLogger(RoleCheck.class.getName());

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        Method method = resourceInfo.getResourceMethod();
        Class<?> type = resourceInfo.getResourceClass();
        if (method == null || type == null || !type.getPackageName().startsWith("org.tongban")) {
            return;
        }
        List<String> roles = rolesOf(method);
        if (roles == null) {
            roles = rolesOf(type);
        }
        if (roles == null) {
            LOG.warning(() -> "No role annotation on " + type.getSimpleName() + "." + method.getName() + ": denied to everyone");
            roles = List.of();
        }
        if (roles.contains("*")) {
            return;
        }
        context.register(new RolesFilter(roles));
    }

    /** The roles an element allows, {@code ["*"]} for everyone, or null when it says nothing. */
    private static List<String> rolesOf(AnnotatedElement element) {
        if (element.isAnnotationPresent(DenyAll.class)) {
            return List.of();
        }
        if (element.isAnnotationPresent(PermitAll.class)) {
            return List.of("*");
        }
        RolesAllowed allowed = element.getAnnotation(RolesAllowed.class);
        return allowed == null ? null : List.of(allowed.value());
    }

    @Priority(Priorities.AUTHORIZATION)
    static final class RolesFilter implements ContainerRequestFilter {

        private final List<String> roles;

        RolesFilter(List<String> roles) {
            this.roles = roles;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            var security = request.getSecurityContext();
            if (security.getUserPrincipal() == null) {
                throw new NotAuthorizedException("Bearer realm=\"tongban\"");
            }
            if (roles.stream().noneMatch(security::isUserInRole)) {
                throw new ForbiddenException();
            }
        }
    }
}
