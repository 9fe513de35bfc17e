package org.tongban.cases.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.tongban.cases.entity.CaseDraft;
import org.tongban.platform.boundary.LanguageBacking;
import org.tongban.platform.boundary.PagedList;

/** citizen/cases.xhtml: one's applications, newest first and paged in the database, and the drafts not yet submitted. */
@Named
@ViewScoped
public class MyCasesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CaseDesk desk;

    @Inject
    transient DraftDesk drafts;

    @Inject
    transient LanguageBacking language;

    private final PagedList<CaseRepresentation.Summary> cases = new PagedList<>(
            (first, size) -> new PagedList.Slice<>(desk.list(first, size), desk.count()),
            CaseRepresentation.Summary::trackingNumber);

    public PagedList<CaseRepresentation.Summary> getCases() {
        return cases;
    }

    public List<CaseDraft> getDrafts() {
        return drafts.mine();
    }

    public String itemName(CaseRepresentation.Summary s) {
        return language.isEnglish() ? s.itemNameEn() : s.itemNameZh();
    }
}
