package org.tongban.platform.boundary;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tongban.platform.control.BusinessException;
import org.tongban.platform.control.Messages;

/**
 * Everything else. A caller gets an incident number and nothing of the exception; the operator
 * finds the same number in the log with the stack trace. Exceptions wrapped by the EJB container
 * are unwrapped first, so a business rule broken inside a facade still reads as itself.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable exception) {
        Locale locale = Problems.locale(headers);
        Throwable cause = unwrap(exception);
        if (cause instanceof BusinessException business) {
            return BusinessExceptionMapper.toResponse(business, locale);
        }
        if (cause instanceof EJBAccessException) {
            return Problems.forStatus(403, locale).build();
        }
        if (cause instanceof WebApplicationException web) {
            return Problems.forStatus(web.getResponse().getStatus(), locale).build();
        }
        if (databaseUnavailable(exception)) {
            LOG.log(Level.WARNING, "Database unavailable: {0}", exception.toString());
            return Problems.forStatus(503, locale).header("Retry-After", "10").build();
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "Incident " + incident, exception);
        return Problems.response(500, Messages.format(locale, "error.status.500"),
                Messages.format(locale, "error.incident", incident), List.of()).build();
    }

    /** Connection failures (SQLSTATE class 08, or a pool that cannot allocate) mean an outage, not a bug. */
    static boolean databaseUnavailable(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            if (t instanceof java.sql.SQLTransientConnectionException || t instanceof java.net.ConnectException
                    || String.valueOf(t.getMessage()).contains("Error in allocating a connection")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    static Throwable unwrap(Throwable exception) {
        Throwable current = exception;
        while (current instanceof EJBException && !(current instanceof EJBAccessException) && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
