package org.tongban.coordination.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tongban.catalogue.control.NationalCatalogue;
import org.tongban.catalogue.entity.ItemSummary;
import org.tongban.identity.control.CurrentUser;
import org.tongban.jurisdiction.control.Jurisdictions;
import org.tongban.jurisdiction.entity.Jurisdiction;
import org.tongban.monitoring.control.Figure;
import org.tongban.platform.boundary.FacesMessages;
import org.tongban.platform.boundary.LanguageBacking;
import org.tongban.platform.boundary.PageTimes;
import org.tongban.platform.control.BusinessException;

/**
 * clerk/directives.xhtml: directives to the reader's office, those it sent with how far each got,
 * and (for central staff and a province's supervisors) a form to send one. A send is made once per
 * form: a retried submit returns the directive already made.
 */
@Named
@ViewScoped
public class DirectivesBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int SHOWN = 50;

    @Inject
    transient DirectiveDesk desk;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient Jurisdictions jurisdictions;

    @Inject
    transient NationalCatalogue catalogue;

    @Inject
    transient LanguageBacking language;

    @Inject
    transient org.tongban.monitoring.boundary.MonitoringDesk monitoring;

    private Boolean sender;

    private String subject;
    private String text;
    private List<String> recipients = new ArrayList<>();
    private String itemCode;
    private String figure;
    private String dueOn = LocalDate.now(PageTimes.CHINA).plusDays(14).toString();
    private String key = UUID.randomUUID().toString();
    private final Map<String, String> labels = new HashMap<>();
    private transient DirectiveDesk.Page received;
    private transient DirectiveDesk.Page sent;

    public DirectiveDesk.Page getReceived() {
        if (received == null) {
            received = desk.received(0, SHOWN);
        }
        return received;
    }

    public DirectiveDesk.Page getSent() {
        if (sent == null) {
            sent = isSender() ? desk.sent(0, SHOWN) : new DirectiveDesk.Page(List.of(), 0);
        }
        return sent;
    }

    /** Central staff, and the supervisors of a province, direct those below them. */
    public boolean isSender() {
        if (sender == null) {
            sender = monitoring.mayMonitor();
        }
        return sender;
    }

    public void send() {
        try {
            desk.send(new DirectiveRequest(subject, text, recipients, itemCode, figure, dueOn), key);
            FacesMessages.info("directives.sent");
            subject = null;
            text = null;
            recipients = new ArrayList<>();
            itemCode = null;
            figure = null;
            key = UUID.randomUUID().toString();
        } catch (BusinessException refused) {
            FacesMessages.show(refused, Map.of("subject", "send:subject", "text", "send:text", "recipients", "send:recipients",
                    "itemCode", "send:item", "figure", "send:figure", "dueOn", "send:dueOn"));
        }
        sent = null;
    }

    public List<String> completeRecipient(String query) {
        List<String> codes = new ArrayList<>();
        for (Jurisdiction j : desk.recipientsMatching(query, 15)) {
            labels.put(j.code(), jurisdictions.fullName(j, language.getLocale()));
            codes.add(j.code());
        }
        return codes;
    }

    /** Adds every jurisdiction right below the sender's own (all provinces, for central staff). */
    public void addAllBelow() {
        var all = new LinkedHashSet<>(recipients);
        for (Jurisdiction j : desk.directRecipients()) {
            labels.put(j.code(), jurisdictions.fullName(j, language.getLocale()));
            all.add(j.code());
        }
        recipients = new ArrayList<>(all);
    }

    public String label(String code) {
        if (code == null) {
            return "";
        }
        return labels.computeIfAbsent(code, c -> jurisdictions.find(c)
                .map(j -> jurisdictions.fullName(j, language.getLocale())).orElse(c));
    }

    public List<ItemSummary> getItems() {
        return catalogue.publishedSummaries();
    }

    public List<Figure> getFigures() {
        return List.of(Figure.values());
    }

    public String figureLabel(String key) {
        return Figure.parse(key).map(f -> FacesMessages.text("monitoring.figure." + f.key())).orElse("");
    }

    public String name(DirectiveRepresentation d) {
        return language.isEnglish() && d.senderNameEn() != null ? d.senderNameEn() : d.senderName();
    }

    public String at(java.time.Instant instant) {
        return instant == null ? "" : PageTimes.minute(instant);
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public List<String> getRecipients() {
        return recipients;
    }

    public void setRecipients(List<String> recipients) {
        this.recipients = recipients == null ? new ArrayList<>() : new ArrayList<>(recipients);
    }

    public String getItemCode() {
        return itemCode;
    }

    public void setItemCode(String itemCode) {
        this.itemCode = itemCode;
    }

    public String getFigure() {
        return figure;
    }

    public void setFigure(String figure) {
        this.figure = figure;
    }

    public String getDueOn() {
        return dueOn;
    }

    public void setDueOn(String dueOn) {
        this.dueOn = dueOn;
    }
}
