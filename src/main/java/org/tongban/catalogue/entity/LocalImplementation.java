package org.tongban.catalogue.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.tongban.jurisdiction.entity.Jurisdiction;

/**
 * A jurisdiction's entry in its local implementation list for one national item: nothing but its
 * declared deltas. Saving deltas judges each against the current national version's variance
 * policy; a delta outside the policy is kept, marked non-conforming with the rule it breaks.
 */
@Entity
@Table(name = "local_implementation")
public class LocalImplementation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "item_code")
    private CatalogueItem item;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "jurisdiction_code")
    private Jurisdiction jurisdiction;

    @Version
    @Column(name = "version")
    private long version;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    @OneToMany(mappedBy = "implementation", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("position")
    private List<LocalDelta> deltas = new ArrayList<>();

    protected LocalImplementation() {
    }

    public LocalImplementation(CatalogueItem item, Jurisdiction jurisdiction) {
        this.item = item;
        this.jurisdiction = jurisdiction;
    }

    /** Replaces all deltas, judging each against the national version in force. */
    public void declare(List<DeltaDraft> drafts, ItemVersion national, String by) {
        deltas.clear();
        int position = 0;
        for (DeltaDraft draft : drafts) {
            String violation = national.variancePolicy().violationOf(draft.kind(), draft.days(), draft.feeFen(),
                    draft.legalBasis(), national.statutoryLimitDays(), national.feeFen()).orElse(null);
            deltas.add(new LocalDelta(this, position++, draft, violation));
        }
        updatedAt = Instant.now();
        updatedBy = by;
    }

    public Long id() {
        return id;
    }

    public CatalogueItem item() {
        return item;
    }

    public Jurisdiction jurisdiction() {
        return jurisdiction;
    }

    public long version() {
        return version;
    }

    public List<LocalDelta> deltas() {
        return List.copyOf(deltas);
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
