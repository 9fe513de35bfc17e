package org.tongban.jurisdiction.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongban.jurisdiction.control.Jurisdictions;
import org.tongban.jurisdiction.entity.Jurisdiction;
import org.tongban.platform.control.InvalidInputException;
import org.tongban.platform.control.Messages;

/** The public division hierarchy: names and codes are public facts, so no sign-in is needed. */
@Path("jurisdictions")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@PermitAll
@Tag(name = "Jurisdictions")
public class JurisdictionsResource {

    static final int SEARCH_LIMIT = 20;

    @Inject
    Jurisdictions jurisdictions;

    @GET
    @Path("{code}")
    @Operation(summary = "A jurisdiction with its parent and children")
    public JurisdictionRepresentation get(@PathParam("code") String code) {
        Jurisdiction j = jurisdictions.find(code).orElseThrow(NotFoundException::new);
        var parent = j.parentCode() == null ? null : summary(jurisdictions.get(j.parentCode()));
        var children = jurisdictions.children(j.code()).stream()
                .map(this::summary)
                .toList();
        return new JurisdictionRepresentation(j.code(), j.nameZh(), j.nameEn(), j.level(), parent, children, fullName(j));
    }

    @GET
    @Operation(summary = "Search jurisdictions by Chinese or English name or by code (at most 20, higher levels first)")
    public List<JurisdictionRepresentation.Summary> search(@QueryParam("q") String q) {
        if (q == null || q.isBlank() || q.length() > 50) {
            throw InvalidInputException.of("q", "jurisdiction.search.q");
        }
        return jurisdictions.search(q, SEARCH_LIMIT).stream().map(this::summary).toList();
    }

    private JurisdictionRepresentation.Summary summary(Jurisdiction j) {
        return JurisdictionRepresentation.Summary.of(j, fullName(j));
    }

    private String fullName(Jurisdiction j) {
        return jurisdictions.fullName(j, Messages.CHINESE);
    }
}
