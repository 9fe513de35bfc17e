package org.tongban.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with Flyway before anything else touches the database. The
 * datasource itself is declared in web.xml so that every setting can come from configuration.
 */
@Startup
@Singleton
public class DatabaseMigrator {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    @Resource(lookup = Database.JNDI_NAME)
    private DataSource dataSource;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void migrate() {
        Flyway flyway = Flyway.configure()
                .dataSource(withoutSocketTimeout(dataSource))
                .locations("classpath:db/migration")
                .load();
        MigrateResult result = flyway.migrate();
        LOG.log(java.util.logging.Level.INFO, "Flyway: {0} migration(s) executed, schema version {1}",
                new Object[] {result.migrationsExecuted, flyway.info().current().getVersion()});
    }

    /**
     * The pool's connections give up on a statement after the socket timeout (a minute), which
     * protects requests but not a migration that rewrites a large table. The migrator's own
     * connections wait as long as the database works, and get their timeout back when they return
     * to the pool.
     */
    static DataSource withoutSocketTimeout(DataSource pool) {
        return proxy(DataSource.class, pool, (method, args) -> {
            Object result = method.invoke(pool, args);
            if (result instanceof Connection c) {
                int before;
                try {
                    before = c.getNetworkTimeout();
                    c.setNetworkTimeout(Runnable::run, 0);
                } catch (java.sql.SQLException | RuntimeException e) {
                    c.close();
                    throw e;
                }
                return proxy(Connection.class, c, (m, a) -> {
                    if (m.getName().equals("close") && !c.isClosed()) {
                        try {
                            c.setNetworkTimeout(Runnable::run, before);
                        } finally {
                            c.close();
                        }
                        return null;
                    }
                    return m.invoke(c, a);
                });
            }
            return result;
        });
    }

    private interface Call {
        Object invoke(Method method, Object[] args) throws Exception;
    }

    private static <T> T proxy(Class<T> type, T target, Call call) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> {
            try {
                return call.invoke(method, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }));
    }
}
