package org.tongban.catalogue.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tongban.jurisdiction.entity.Level;

/**
 * One version of a national item's definition. Published versions are never changed; a revision
 * is a new draft that, once published, supersedes the previous version.
 */
@Entity
@Table(name = "catalogue_item_version")
public class ItemVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "item_code")
    private CatalogueItem item;

    @Column(name = "version")
    private int version;

    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    private VersionStatus status;

    @Column(name = "name_zh")
    private String nameZh;

    @Column(name = "name_en")
    private String nameEn;

    @Column(name = "legal_basis_zh")
    private String legalBasisZh;

    @Column(name = "legal_basis_en")
    private String legalBasisEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "handling_level")
    private Level handlingLevel;

    @Column(name = "statutory_limit_days")
    private int statutoryLimitDays;

    @Column(name = "fee_fen")
    private long feeFen;

    @Enumerated(EnumType.STRING)
    @Column(name = "workflow")
    private Workflow workflow;

    @Embedded
    private VariancePolicy variancePolicy;

    /** Years a certificate issued under this version stays valid (null: no expiry); set in the database. */
    @Column(name = "certificate_validity_years", insertable = false, updatable = false)
    private Integer certificateValidityYears;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "catalogue_material", joinColumns = @JoinColumn(name = "version_id"))
    @OrderBy("position")
    private List<Material> materials = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "catalogue_field", joinColumns = @JoinColumn(name = "version_id"))
    @OrderBy("position")
    private List<FormField> fields = new ArrayList<>();

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "published_by")
    private String publishedBy;

    protected ItemVersion() {
    }

    public ItemVersion(CatalogueItem item, int version, ItemDefinition definition, String createdBy) {
        this.item = item;
        this.version = version;
        this.status = VersionStatus.DRAFT;
        this.nameZh = definition.nameZh();
        this.nameEn = definition.nameEn();
        this.legalBasisZh = definition.legalBasisZh();
        this.legalBasisEn = definition.legalBasisEn();
        this.handlingLevel = definition.handlingLevel();
        this.statutoryLimitDays = definition.statutoryLimitDays();
        this.feeFen = definition.feeFen();
        this.workflow = definition.workflow();
        this.variancePolicy = definition.variancePolicy();
        this.materials = new ArrayList<>(definition.materials());
        this.fields = new ArrayList<>(definition.fields());
        this.createdAt = Instant.now();
        this.createdBy = createdBy;
    }

    /** Publishes this draft; the caller supersedes the version it replaces first. */
    public void publish(String by) {
        if (status != VersionStatus.DRAFT) {
            throw new IllegalStateException("only a draft can be published");
        }
        status = VersionStatus.PUBLISHED;
        publishedAt = Instant.now();
        publishedBy = by;
    }

    public void supersede() {
        if (status == VersionStatus.PUBLISHED) {
            status = VersionStatus.SUPERSEDED;
        }
    }

    public Optional<Material> material(String code) {
        return materials.stream().filter(m -> m.code().equals(code)).findFirst();
    }

    public Optional<FormField> field(String code) {
        return fields.stream().filter(f -> f.code().equals(code)).findFirst();
    }

    public Long id() {
        return id;
    }

    public CatalogueItem item() {
        return item;
    }

    public String code() {
        return item.code();
    }

    public int version() {
        return version;
    }

    public VersionStatus status() {
        return status;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }

    public String legalBasisZh() {
        return legalBasisZh;
    }

    public String legalBasisEn() {
        return legalBasisEn;
    }

    public Level handlingLevel() {
        return handlingLevel;
    }

    public int statutoryLimitDays() {
        return statutoryLimitDays;
    }

    public long feeFen() {
        return feeFen;
    }

    public Workflow workflow() {
        return workflow;
    }

    public java.util.Optional<Integer> certificateValidityYears() {
        return java.util.Optional.ofNullable(certificateValidityYears);
    }

    public VariancePolicy variancePolicy() {
        return variancePolicy;
    }

    public List<Material> materials() {
        return List.copyOf(materials);
    }

    public List<FormField> fields() {
        return List.copyOf(fields);
    }

    public Instant publishedAt() {
        return publishedAt;
    }
}
