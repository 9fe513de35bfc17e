package org.tongban.cases.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongban.cases.control.Calendars;
import org.tongban.cases.entity.LegalClock;
import org.tongban.jurisdiction.control.Jurisdictions;
import org.tongban.jurisdiction.entity.Jurisdiction;
import org.tongban.platform.control.FieldChecks;
import org.tongban.platform.control.InvalidInputException;

/**
 * The working-day calendar behind the legal clock: public to read (a citizen can check how a
 * deadline was counted), kept by central staff for the nation and by supervisors for their own
 * jurisdiction's days off.
 */
@Path("calendar")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Calendar")
public class CalendarResource {

    @Inject
    Calendars calendars;

    @Inject
    CalendarDesk desk;

    @Inject
    Jurisdictions jurisdictions;

    @GET
    @Path("{year}")
    @PermitAll
    @Operation(summary = "The days of a year that depart from the weekday rule in a jurisdiction (default: the nation)")
    public CalendarRepresentation year(@PathParam("year") int year, @QueryParam("jurisdiction") String jurisdiction) {
        if (year < 2000 || year > 2100) {
            throw InvalidInputException.of("year", "calendar.year");
        }
        Jurisdiction where = jurisdiction(jurisdiction);
        return new CalendarRepresentation(where.code(), year, calendars.publishedYears().contains(year),
                calendars.listed(where, year));
    }

    @GET
    @Path("deadline")
    @PermitAll
    @Operation(summary = "The deadline of a limit in working days counted from an acceptance date, with the days skipped")
    public CalendarRepresentation.DeadlineRepresentation deadline(@QueryParam("jurisdiction") String jurisdiction,
            @QueryParam("accepted") String accepted, @QueryParam("days") Integer days) {
        FieldChecks checks = new FieldChecks();
        LocalDate from = date(accepted, "accepted", checks);
        if (days == null || days < 1 || days > 365) {
            checks.problem("days", "catalogue.limit.range");
        }
        checks.throwIfAny();
        Jurisdiction where = jurisdiction(jurisdiction);
        LegalClock.Reading reading = new LegalClock(from, days, List.of(), null).read(calendars.of(where), from);
        return new CalendarRepresentation.DeadlineRepresentation(where.code(), from, days, reading.deadline(),
                reading.beyondPublishedCalendar(),
                reading.skipped().stream().map(s -> new CalendarRepresentation.Skip(s.day(), s.why())).toList());
    }

    @PUT
    @Path("days/{date}")
    @RolesAllowed({"CENTRAL", "SUPERVISOR"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "List a day: central staff for the nation (holiday or make-up working day), supervisors a day off for their own jurisdiction")
    public Response list(@PathParam("date") String date, DayRequest request) {
        FieldChecks checks = new FieldChecks();
        LocalDate day = date(date, "date", checks);
        checks.throwIfAny();
        if (request == null) {
            throw InvalidInputException.of("body", "validation.required");
        }
        desk.list(day, request.kind(), request.nameZh(), request.nameEn());
        return Response.noContent().build();
    }

    @DELETE
    @Path("days/{date}")
    @RolesAllowed({"CENTRAL", "SUPERVISOR"})
    @Operation(summary = "Remove a listed day from one's own calendar")
    public Response unlist(@PathParam("date") String date) {
        FieldChecks checks = new FieldChecks();
        LocalDate day = date(date, "date", checks);
        checks.throwIfAny();
        desk.unlist(day);
        return Response.noContent().build();
    }

    /** A listed day as submitted. */
    public record DayRequest(String kind, String nameZh, String nameEn) {
    }

    private Jurisdiction jurisdiction(String code) {
        if (code == null || code.isBlank()) {
            return jurisdictions.get(Jurisdiction.NATION_CODE);
        }
        return jurisdictions.find(code.strip())
                .orElseThrow(() -> InvalidInputException.of("jurisdiction", "jurisdiction.unknown", code));
    }

    private static LocalDate date(String text, String field, FieldChecks checks) {
        if (text != null && text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException impossibleDate) {
                // 2026-02-30 and the like: reported below
            }
        }
        checks.problem(field, "calendar.date");
        return null;
    }
}
