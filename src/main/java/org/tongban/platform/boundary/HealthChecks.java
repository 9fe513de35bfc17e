package org.tongban.platform.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.tongban.platform.control.Database;

/**
 * Readiness touches the database (Payara Micro listens even when the WAR failed to deploy, so
 * only an application check tells a load balancer the truth); liveness only says the JVM still
 * serves requests, so that a database outage never makes an orchestrator restart healthy instances.
 */
@ApplicationScoped
public class HealthChecks {

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @Produces
    @Readiness
    HealthCheck database() {
        return () -> {
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement()) {
                statement.setQueryTimeout(3);
                try (ResultSet rs = statement.executeQuery("select count(*) from flyway_schema_history where success")) {
                    rs.next();
                    return HealthCheckResponse.named("database").up().withData("migrations", rs.getLong(1)).build();
                }
            } catch (SQLException e) {
                return HealthCheckResponse.named("database").down().withData("error", e.getSQLState() == null ? "unavailable" : e.getSQLState()).build();
            }
        };
    }

    @Produces
    @Liveness
    HealthCheck alive() {
        return () -> HealthCheckResponse.up("application");
    }
}
