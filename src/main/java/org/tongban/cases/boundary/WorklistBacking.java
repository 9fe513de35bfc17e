package org.tongban.cases.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.tongban.cases.control.CaseFiles;
import org.tongban.cases.entity.CaseStatus;
import org.tongban.cases.entity.LegalClock;
import org.tongban.cases.entity.Worklist;
import org.tongban.catalogue.control.NationalCatalogue;
import org.tongban.catalogue.entity.ItemSummary;
import org.tongban.platform.boundary.LanguageBacking;
import org.tongban.platform.boundary.PagedList;

/**
 * clerk/worklist.xhtml: the cases of the office's subtree, filtered by status, item, card and flag,
 * most urgent first, counted and paged in the database. Filters are in the address, so a view
 * can be bookmarked and shared.
 */
@Named
@ViewScoped
public class WorklistBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CaseDesk desk;

    @Inject
    transient NationalCatalogue catalogue;

    @Inject
    transient LanguageBacking language;

    private CaseStatus status;
    private String item;
    private LegalClock.Card card;
    private Worklist.Flag flag;
    private Worklist.Order order = Worklist.Order.URGENT;
    private boolean capped;

    private final PagedList<CaseRepresentation.Summary> cases = new PagedList<>((first, size) -> {
        var page = desk.worklist(filter(), first, size);
        capped = page.capped();
        return new PagedList.Slice<>(desk.summaries(page.cases()), page.total());
    }, CaseRepresentation.Summary::trackingNumber);

    private Worklist filter() {
        return new Worklist(status == null ? null : java.util.Set.of(status), item == null || item.isBlank() ? null : item,
                card, flag, order);
    }

    /** More cases match than were counted: the paginator shows the first {@value CaseFiles#COUNT_CAP}. */
    public boolean isCapped() {
        return capped;
    }

    public PagedList<CaseRepresentation.Summary> getCases() {
        return cases;
    }

    public List<ItemSummary> getItems() {
        return catalogue.publishedSummaries();
    }

    public CaseStatus[] getStatuses() {
        return Worklist.OPEN.toArray(CaseStatus[]::new);
    }

    public LegalClock.Card[] getCards() {
        return LegalClock.Card.values();
    }

    public Worklist.Flag[] getFlags() {
        return Worklist.Flag.values();
    }

    public Worklist.Order[] getOrders() {
        return Worklist.Order.values();
    }

    public String itemName(CaseRepresentation.Summary s) {
        return language.isEnglish() ? s.itemNameEn() : s.itemNameZh();
    }

    public String itemLabel(ItemSummary i) {
        return (language.isEnglish() ? i.nameEn() : i.nameZh()) + " (" + i.code() + ")";
    }

    public CaseStatus getStatus() {
        return status;
    }

    public void setStatus(CaseStatus status) {
        this.status = status;
    }

    public String getItem() {
        return item;
    }

    public void setItem(String item) {
        this.item = item;
    }

    public LegalClock.Card getCard() {
        return card;
    }

    public void setCard(LegalClock.Card card) {
        this.card = card;
    }

    public Worklist.Flag getFlag() {
        return flag;
    }

    public void setFlag(Worklist.Flag flag) {
        this.flag = flag;
    }

    public Worklist.Order getOrder() {
        return order;
    }

    public void setOrder(Worklist.Order order) {
        this.order = order == null ? Worklist.Order.URGENT : order;
    }
}
