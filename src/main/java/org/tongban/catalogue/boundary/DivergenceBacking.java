package org.tongban.catalogue.boundary;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.tongban.catalogue.control.NationalCatalogue;
import org.tongban.jurisdiction.control.Jurisdictions;
import org.tongban.jurisdiction.control.OutOfScopeException;
import org.tongban.jurisdiction.entity.Jurisdiction;
import org.tongban.jurisdiction.entity.Level;
import org.tongban.platform.boundary.FacesMessages;
import org.tongban.platform.boundary.LanguageBacking;

/**
 * central/catalogue/divergence.xhtml and clerk/catalogue/divergence.xhtml (the same report for
 * central staff and for office staff over their own subtree): which regions differ from the
 * national standard. At the
 * national level the 31 provinces are shown as a tile-grid map coloured by their number of
 * differences; every level shows the table per item and region, drills down by link (so every
 * level is bookmarkable), and exports to CSV and Excel.
 */
@Named
@ViewScoped
public class DivergenceBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DivergenceDesk desk;

    @Inject
    transient Jurisdictions jurisdictions;

    @Inject
    transient NationalCatalogue catalogue;

    @Inject
    transient LanguageBacking language;

    @Inject
    transient org.tongban.identity.control.CurrentUser currentUser;

    private String jurisdiction;
    private String item;
    private DivergenceRepresentation report;
    private List<Jurisdiction> breadcrumb;
    private long maxDeltas;
    private String detailItem;
    private String detailRegion;
    private List<DivergenceRepresentation.Detail> details = List.of();
    private List<Tile> tiles;
    private List<org.tongban.catalogue.entity.ItemSummary> items;

    public void load() {
        try {
            report = desk.report(jurisdiction, item);
        } catch (OutOfScopeException | jakarta.ejb.EJBException notVisible) {
            FacesMessages.notFound();
            return;
        }
        jurisdiction = report.jurisdiction();
        // levels above the caller's own scope are not theirs to open
        var scope = currentUser.scope();
        breadcrumb = jurisdictions.lineage(jurisdictions.get(jurisdiction)).stream().filter(j -> scope.includes(j.code())).toList();
        maxDeltas = report.regions().stream().mapToLong(DivergenceRepresentation.Region::deltas).max().orElse(0);
        tiles = null;
        items = catalogue.searchSummaries(null, null, 0, 1000).items();
    }

    public boolean isNational() {
        return jurisdictions.get(jurisdiction).level() == Level.NATION;
    }

    /** Every province as a tile, with its figures (zero where it declared nothing). */
    public List<Tile> getTiles() {
        if (tiles == null) {
            tiles = computeTiles();
        }
        return tiles;
    }

    private List<Tile> computeTiles() {
        return jurisdictions.children(Jurisdiction.NATION_CODE).stream().map(p -> {
            var figures = report.regions().stream().filter(r -> r.code().equals(p.code())).findFirst();
            long deltas = figures.map(DivergenceRepresentation.Region::deltas).orElse(0L);
            long bad = figures.map(DivergenceRepresentation.Region::nonConforming).orElse(0L);
            int shade = maxDeltas == 0 ? 0 : (int) Math.ceil(4.0 * deltas / maxDeltas);
            return new Tile(p.code(), p.name(language.getLocale()), deltas, bad,
                    org.tongban.jurisdiction.entity.TileGrid.placement(p.code()).orElse(""), shade);
        }).toList();
    }

    public record Tile(String code, String name, long deltas, long nonConforming, String style, int shade) {
    }

    public List<org.tongban.catalogue.entity.ItemSummary> getItems() {
        return items;
    }

    public void showDetails(String itemCode, String regionCode) {
        detailItem = itemCode;
        detailRegion = regionCode;
        details = desk.details(itemCode, regionCode, regionCode.equals(jurisdiction));
    }

    public void exportCsv() throws IOException {
        export("text/csv;charset=UTF-8", "csv", false);
    }

    public void exportExcel() throws IOException {
        export("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", true);
    }

    private void export(String contentType, String extension, boolean excel) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType(contentType);
        external.setResponseHeader("Content-Disposition",
                "attachment; filename=\"divergence-" + report.jurisdiction() + "." + extension + "\"");
        if (excel) {
            DivergenceExport.excel(report, external.getResponseOutputStream());
        } else {
            DivergenceExport.csv(report, external.getResponseOutputStream());
        }
        faces.responseComplete();
    }

    public DivergenceRepresentation getReport() {
        return report;
    }

    public List<Jurisdiction> getBreadcrumb() {
        return breadcrumb;
    }

    public String getJurisdiction() {
        return jurisdiction;
    }

    public void setJurisdiction(String jurisdiction) {
        this.jurisdiction = jurisdiction;
    }

    public String getItem() {
        return item;
    }

    public void setItem(String item) {
        this.item = item;
    }

    public String getDetailItem() {
        return detailItem;
    }

    public String getDetailRegion() {
        return detailRegion;
    }

    public List<DivergenceRepresentation.Detail> getDetails() {
        return details;
    }
}
