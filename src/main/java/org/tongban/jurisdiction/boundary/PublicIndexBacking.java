package org.tongban.jurisdiction.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.tongban.jurisdiction.control.Jurisdictions;
import org.tongban.jurisdiction.entity.Jurisdiction;
import org.tongban.jurisdiction.entity.Office;
import org.tongban.platform.boundary.LanguageBacking;

/** public/index.xhtml: the welcome page with a region finder. */
@Named
@ViewScoped
public class PublicIndexBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Jurisdictions jurisdictions;

    @Inject
    transient LanguageBacking language;

    private String region;
    private Jurisdiction chosen;
    private Office office;

    public List<String> complete(String query) {
        if (query == null || query.isBlank() || query.length() > 50) {
            return List.of();
        }
        return jurisdictions.search(query, 10).stream().map(this::label).toList();
    }

    /** The code is the first word of the label, so a chosen suggestion names its jurisdiction exactly. */
    public void choose() {
        String code = region == null ? "" : region.strip().split("\\s+")[0];
        chosen = jurisdictions.find(code).orElseGet(() -> region == null || region.isBlank() ? null
                : jurisdictions.search(region, 1).stream().findFirst().orElse(null));
        office = chosen == null ? null : jurisdictions.officeOf(chosen.code()).orElse(null);
    }

    private String label(Jurisdiction j) {
        return j.code() + " " + fullName(j);
    }

    public String fullName(Jurisdiction j) {
        return jurisdictions.fullName(j, language.getLocale());
    }

    public List<Jurisdiction> getChildren() {
        return chosen == null ? List.of() : jurisdictions.children(chosen.code());
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public Jurisdiction getChosen() {
        return chosen;
    }

    public Office getOffice() {
        return office;
    }
}
