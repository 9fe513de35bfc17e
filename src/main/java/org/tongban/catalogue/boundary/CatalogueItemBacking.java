package org.tongban.catalogue.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.tongban.catalogue.control.LocalImplementations;
import org.tongban.catalogue.control.NationalCatalogue;
import org.tongban.catalogue.entity.EffectiveDefinition;
import org.tongban.catalogue.entity.ItemVersion;
import org.tongban.identity.control.CurrentUser;
import org.tongban.jurisdiction.control.Jurisdictions;
import org.tongban.jurisdiction.entity.Jurisdiction;
import org.tongban.platform.boundary.FacesMessages;
import org.tongban.platform.boundary.LanguageBacking;

/**
 * public/catalogue/item.xhtml: what applies for an item in a region, local differences marked
 * and explained. An unknown item answers 404 like any missing page.
 */
@Named
@ViewScoped
public class CatalogueItemBacking implements Serializable {

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

    private String code;
    private String region;
    private ItemRepresentation item;
    private String regionName;

    public void load() {
        ItemVersion national = code == null ? null : catalogue.findPublished(code.strip()).orElse(null);
        if (national == null) {
            FacesMessages.notFound();
            return;
        }
        Jurisdiction where = CatalogueResource.regionOrHome(region, jurisdictions, currentUser);
        region = where.code();
        regionName = where.level() == org.tongban.jurisdiction.entity.Level.NATION ? where.name(language.getLocale())
                : jurisdictions.fullName(where, language.getLocale());
        EffectiveDefinition effective = implementations.effective(national, where);
        item = ItemRepresentation.of(effective);
    }

    public boolean isEnglish() {
        return language.isEnglish();
    }

    /** The national material list, with each waived one marked by the difference that waives it. */
    public List<ItemRepresentation.DifferenceRepresentation> differencesOf(String kind) {
        return item.differences().stream().filter(d -> d.kind().name().equals(kind)).toList();
    }

    /** A national material's name in the page's language, for a difference that names it by code. */
    public String materialName(String materialCode) {
        return item.materials().stream().filter(m -> m.code().equals(materialCode)).findFirst()
                .map(m -> isEnglish() ? m.nameEn() : m.nameZh())
                .orElseGet(() -> catalogue.findPublished(item.code()).flatMap(v -> v.material(materialCode))
                        .map(m -> m.name(language.getLocale())).orElse(materialCode));
    }

    public String fileTypes(List<String> types) {
        return String.join(", ", types);
    }

    public String yuan(long fen) {
        return String.format("%.2f", fen / 100.0);
    }

    public ItemRepresentation getItem() {
        return item;
    }

    public String getRegionName() {
        return regionName;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }
}
