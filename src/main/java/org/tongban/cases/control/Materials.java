package org.tongban.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tongban.cases.entity.CaseMaterial;
import org.tongban.cases.entity.FileKind;
import org.tongban.catalogue.entity.EffectiveDefinition;
import org.tongban.platform.control.Database;
import org.tongban.platform.control.FieldChecks;

/**
 * Stores the files given for an item's materials. A file is accepted only if its content is one
 * of the kinds the material allows and within the material's size; its bytes are stored apart and
 * read only to be downloaded.
 */
@ApplicationScoped
public class Materials {

    /** Longest file name kept; longer names are shortened, keeping their extension. */
    static final int MAX_NAME = 120;

    @PersistenceContext(unitName = Database.UNIT)
    EntityManager em;

    @Inject
    @ConfigProperty(name = "tongban.upload.max-mb", defaultValue = "50")
    int uploadMaxMb;

    /** The most bytes any upload may have; a reader stops one byte after it. */
    public long uploadLimitBytes() {
        return uploadMaxMb * 1024L * 1024L;
    }

    /** A checked file, ready to store: what it is, under which material, and its digest. */
    public record Checked(EffectiveDefinition.EffectiveMaterial material, FileKind kind, String fileName, byte[] content,
            String sha256) {
    }

    /**
     * Checks a file against the material it is given for: the material must belong to the item
     * here, the content must be one of its kinds (whatever the name says) and within its size.
     */
    public Checked check(EffectiveDefinition definition, String materialCode, String fileName, byte[] content,
            FieldChecks checks) {
        var material = materialCode == null ? Optional.<EffectiveDefinition.EffectiveMaterial>empty()
                : definition.materials().stream().filter(m -> m.code().equals(materialCode.strip())).findFirst();
        if (material.isEmpty()) {
            checks.problem("material", "cases.material.unknown");
            return null;
        }
        var m = material.get();
        if (content == null || content.length == 0) {
            checks.problem("file", "cases.material.empty");
            return null;
        }
        if (content.length > Math.min(uploadLimitBytes(), m.maxSizeMb() * 1024L * 1024L)) {
            checks.problem("file", "cases.material.tooLarge", m.maxSizeMb());
            return null;
        }
        String allowed = String.join(", ", m.fileTypes()).toUpperCase(java.util.Locale.ROOT);
        Optional<FileKind> kind = FileKind.detect(content);
        if (kind.isEmpty() || m.fileTypes().stream().noneMatch(t -> t.equalsIgnoreCase(kind.get().code()))) {
            checks.problem("file", "cases.material.type", allowed);
            return null;
        }
        return new Checked(m, kind.get(), cleanName(fileName, kind.get()), content,
                org.tongban.platform.control.Digests.sha256Hex(content));
    }

    public CaseMaterial storeForDraft(long draftId, long ownerId, Checked file) {
        return store(new CaseMaterial(null, draftId, ownerId, file.material().code(), file.fileName(), file.kind(),
                file.content().length, file.sha256()), file.content());
    }

    public CaseMaterial storeForCase(long caseId, long ownerId, Checked file) {
        return store(new CaseMaterial(caseId, null, ownerId, file.material().code(), file.fileName(), file.kind(),
                file.content().length, file.sha256()), file.content());
    }

    private CaseMaterial store(CaseMaterial material, byte[] content) {
        em.persist(material);
        em.flush();
        em.createNativeQuery("insert into case_material_content (material_id, content) values (?1, ?2)")
                .setParameter(1, material.id())
                .setParameter(2, content)
                .executeUpdate();
        return material;
    }

    public List<CaseMaterial> ofCase(long caseId) {
        return em.createQuery("select m from CaseMaterial m where m.caseId = :id order by m.uploadedAt, m.id",
                        CaseMaterial.class)
                .setParameter("id", caseId).getResultList();
    }

    public List<CaseMaterial> ofDraft(long draftId) {
        return em.createQuery("select m from CaseMaterial m where m.draftId = :id order by m.uploadedAt, m.id",
                        CaseMaterial.class)
                .setParameter("id", draftId).getResultList();
    }

    public Optional<CaseMaterial> find(long id) {
        return Optional.ofNullable(em.find(CaseMaterial.class, id));
    }

    public byte[] content(long materialId) {
        return (byte[]) em.createNativeQuery("select content from case_material_content where material_id = ?1")
                .setParameter(1, materialId).getSingleResult();
    }

    /** A draft's files become the case's when it is submitted. */
    public int moveToCase(long draftId, long caseId) {
        return em.createNativeQuery("update case_material set case_id = ?1, draft_id = null where draft_id = ?2")
                .setParameter(1, caseId).setParameter(2, draftId).executeUpdate();
    }

    public void remove(CaseMaterial material) {
        em.remove(em.contains(material) ? material : em.merge(material));
    }

    /** The name shown and offered for download: no path, no control characters, the extension its content has. */
    static String cleanName(String given, FileKind kind) {
        String name = given == null ? "" : given.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = name.codePoints().filter(c -> !Character.isISOControl(c) && c != '"' && c != ';')
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        if (stem.isBlank()) {
            stem = "material";
        }
        if (stem.length() > MAX_NAME) {
            stem = stem.substring(0, MAX_NAME);
        }
        return stem + "." + kind.code();
    }

}
