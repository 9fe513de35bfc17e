package org.tongban.cases.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.tongban.cases.entity.CaseDraft;
import org.tongban.platform.boundary.LanguageBacking;

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

    private final LazyDataModel<CaseRepresentation.Summary> cases = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) desk.count();
        }

        @Override
        public List<CaseRepresentation.Summary> load(int first, int size, Map<String, SortMeta> sort,
                Map<String, FilterMeta> filters) {
            return desk.list(first, size);
        }

        @Override
        public String getRowKey(CaseRepresentation.Summary row) {
            return row.trackingNumber();
        }
    };

    public LazyDataModel<CaseRepresentation.Summary> getCases() {
        return cases;
    }

    public List<CaseDraft> getDrafts() {
        return drafts.mine();
    }

    public String itemName(CaseRepresentation.Summary s) {
        return language.isEnglish() ? s.itemNameEn() : s.itemNameZh();
    }
}
