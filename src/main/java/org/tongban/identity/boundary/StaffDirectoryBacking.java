package org.tongban.identity.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.tongban.identity.control.CurrentUser;
import org.tongban.jurisdiction.control.Jurisdictions;
import org.tongban.platform.boundary.LanguageBacking;

/** clerk/staff/directory.xhtml: colleagues in the caller's subtree, paged in the database. */
@Named
@ViewScoped
public class StaffDirectoryBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AccountDesk desk;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient Jurisdictions jurisdictions;

    @Inject
    transient LanguageBacking language;

    private String text;
    private String scopeName;
    private final LazyDataModel<StaffMemberRepresentation> members = new Members();

    @PostConstruct
    void init() {
        String code = currentUser.scope().jurisdictionCode();
        scopeName = code == null ? "" : jurisdictions.find(code).map(j -> j.name(language.getLocale())).orElse(code);
    }

    public LazyDataModel<StaffMemberRepresentation> getMembers() {
        return members;
    }

    public String getScopeName() {
        return scopeName;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    private final class Members extends LazyDataModel<StaffMemberRepresentation> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) desk.countStaff(text);
        }

        @Override
        public List<StaffMemberRepresentation> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return desk.staff(null, text, first, pageSize).members().stream().map(StaffMemberRepresentation::of).toList();
        }

        @Override
        public String getRowKey(StaffMemberRepresentation member) {
            return member.username();
        }

        @Override
        public StaffMemberRepresentation getRowData(String rowKey) {
            return null;
        }
    }
}
