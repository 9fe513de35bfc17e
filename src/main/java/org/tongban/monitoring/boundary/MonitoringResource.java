package org.tongban.monitoring.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongban.cases.boundary.CaseRepresentation;
import org.tongban.jurisdiction.entity.Jurisdiction;
import org.tongban.monitoring.control.Figure;
import org.tongban.monitoring.control.Period;
import org.tongban.platform.boundary.PageRepresentation;
import org.tongban.platform.control.FieldChecks;
import org.tongban.platform.control.JsonProviders;
import org.tongban.platform.control.Paging;

/**
 * Live figures for central staff (the nation) and a province's supervisors (their province). Below
 * province level a count under five is withheld: its value is null and its key is listed in
 * {@code suppressed}.
 */
@Path("monitoring")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed({"CENTRAL", "SUPERVISOR"})
@SecurityRequirement(name = "bearer")
@Tag(name = "Monitoring")
public class MonitoringResource {

    @Inject
    MonitoringDesk desk;

    public record Place(String code, String name, String nameEn, String level) {

        static Place of(Jurisdiction j) {
            return new Place(j.code(), j.nameZh(), j.nameEn(), j.level().name());
        }
    }

    public record SummaryRepresentation(Place jurisdiction, LocalDate from, LocalDate to, jakarta.json.JsonObject figures,
            List<String> suppressed) {
    }

    public record ChildRepresentation(int rank, String code, String name, String nameEn,
            @jakarta.json.bind.annotation.JsonbNillable Number value, boolean suppressed,
            jakarta.json.JsonObject figures, List<String> suppressedFigures) {
    }

    public record ChildrenRepresentation(Place jurisdiction, String figure, LocalDate from, LocalDate to,
            List<ChildRepresentation> children) {
    }

    @GET
    @Path("summary")
    @Operation(summary = "A jurisdiction's figures for a period (from/to as ISO dates; the last 30 days by default)")
    public SummaryRepresentation summary(@QueryParam("jurisdiction") String jurisdiction, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        Period period = MonitoringDesk.period(from, to);
        MonitoringDesk.Summary s = desk.summary(jurisdiction, period);
        return new SummaryRepresentation(Place.of(s.jurisdiction()), period.from(), period.to(), figures(s.figures()),
                suppressed(s.figures()));
    }

    @GET
    @Path("children")
    @Operation(summary = "The child jurisdictions ranked by one figure, best first; withheld and empty values last;"
            + " p90Days is given only when ranking by it")
    public ChildrenRepresentation children(@QueryParam("jurisdiction") String jurisdiction,
            @QueryParam("figure") @DefaultValue("submitted") String figure, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        Figure by = figure(figure);
        Period period = MonitoringDesk.period(from, to);
        var place = desk.visible(jurisdiction);
        List<MonitoringDesk.Row> rows = desk.children(place.code(), by, period);
        List<ChildRepresentation> children = new java.util.ArrayList<>();
        for (MonitoringDesk.Row row : rows) {
            FigureValue v = row.value(by);
            children.add(new ChildRepresentation(children.size() + 1, row.code(), row.nameZh(), row.nameEn(), v.number(),
                    v.suppressed(), figures(row.figures()), suppressed(row.figures())));
        }
        return new ChildrenRepresentation(Place.of(place), by.key(), period.from(), period.to(), children);
    }

    @GET
    @Path("cases")
    @Operation(summary = "The open cases behind a figure (open, overdue, yellowNow), for a stated purpose that is audited")
    public PageRepresentation<CaseRepresentation.Summary> cases(@QueryParam("jurisdiction") String jurisdiction,
            @QueryParam("figure") String figure, @QueryParam("item") String item, @QueryParam("purpose") String purpose,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        int first = Paging.firstRow(page, size, PageRepresentation.MAX_SIZE);
        MonitoringDesk.CaseList list = desk.cases(jurisdiction, Figure.parse(figure).orElse(null), item, purpose, first, size);
        return new PageRepresentation<>(list.cases(), list.total(), page, size, list.totalAtLeast());
    }

    private static Figure figure(String name) {
        java.util.Optional<Figure> figure = Figure.parse(name);
        if (figure.isEmpty()) {
            new FieldChecks().problem("figure", "monitoring.figure.unknown").throwIfAny();
        }
        return figure.orElseThrow();
    }

    /** Every figure by its key; a withheld or empty one is there too, as null. */
    static jakarta.json.JsonObject figures(Map<Figure, FigureValue> values) {
        var figures = JsonProviders.PROVIDER.createObjectBuilder();
        values.forEach((figure, value) -> {
            Number n = value.number();
            if (n == null) {
                figures.addNull(figure.key());
            } else if (n instanceof Long l) {
                figures.add(figure.key(), l);
            } else {
                figures.add(figure.key(), n.doubleValue());
            }
        });
        return figures.build();
    }

    static List<String> suppressed(Map<Figure, FigureValue> values) {
        return values.values().stream().filter(FigureValue::suppressed).map(v -> v.figure().key()).toList();
    }
}
