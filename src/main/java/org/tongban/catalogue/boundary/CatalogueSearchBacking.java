package org.tongban.catalogue.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.tongban.catalogue.control.LocalImplementations;
import org.tongban.catalogue.control.NationalCatalogue;
import org.tongban.catalogue.entity.ItemSummary;
import org.tongban.catalogue.entity.PolicyArea;
import org.tongban.identity.control.CurrentUser;
import org.tongban.jurisdiction.control.Jurisdictions;
import org.tongban.jurisdiction.entity.Jurisdiction;
import org.tongban.platform.boundary.LanguageBacking;

/**
 * public/catalogue/search.xhtml: the national catalogue searched by words or code, filtered by
 * policy area, with the number of local differences in the chosen region (by default the
 * signed-in citizen's own). Bookmarkable: q, area and region are view parameters.
 */
@Named
@ViewScoped
public class CatalogueSearchBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient NationalCatalogue catalogue;

    @Inject
    transient LocalImplementations implementations;

    @Inject
    transient Jurisdictions jurisdictions;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient LanguageBacking language;

    private String q;
    private String area;
    private String region;
    private String regionLabel;
    private final LazyDataModel<ItemSummaryRepresentation> items = new Items();

    public void load() {
        Jurisdiction chosen = regionOrDefault();
        region = chosen.code();
        regionLabel = chosen.code() + " " + jurisdictions.fullName(chosen, language.getLocale());
    }

    private Jurisdiction regionOrDefault() {
        return CatalogueResource.regionOrHome(region, jurisdictions, currentUser);
    }

    /** Region suggestions as "code full name", so a chosen one names its jurisdiction exactly. */
    public List<String> completeRegion(String query) {
        return jurisdictions.search(query, 10).stream()
                .map(j -> j.code() + " " + jurisdictions.fullName(j, language.getLocale()))
                .toList();
    }

    public void regionChosen() {
        region = regionLabel;
        load();
    }

    public List<PolicyArea> getAreas() {
        return Arrays.asList(PolicyArea.values());
    }

    private PolicyArea policyArea() {
        try {
            return area == null || area.isBlank() ? null : PolicyArea.valueOf(area);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    public LazyDataModel<ItemSummaryRepresentation> getItems() {
        return items;
    }

    private final class Items extends LazyDataModel<ItemSummaryRepresentation> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) catalogue.searchSummaries(q, policyArea(), 0, 1).total();
        }

        @Override
        public List<ItemSummaryRepresentation> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            var page = catalogue.searchSummaries(q, policyArea(), first, pageSize);
            Jurisdiction chosen = regionOrDefault();
            Map<String, Long> differences = implementations.differenceCounts(
                    page.items().stream().map(ItemSummary::code).toList(), chosen);
            return page.items().stream()
                    .map(v -> ItemSummaryRepresentation.of(v, differences.getOrDefault(v.code(), 0L)))
                    .toList();
        }

        @Override
        public String getRowKey(ItemSummaryRepresentation item) {
            return item.code();
        }

        @Override
        public ItemSummaryRepresentation getRowData(String rowKey) {
            return null;
        }
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getRegionLabel() {
        return regionLabel;
    }

    public void setRegionLabel(String regionLabel) {
        this.regionLabel = regionLabel;
    }
}
