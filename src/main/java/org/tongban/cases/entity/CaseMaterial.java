package org.tongban.cases.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A file given for one of an item's materials: first with a draft, then with the case. Its bytes
 * are stored apart ({@code case_material_content}) and read only for a download.
 */
@Entity
@Table(name = "case_material")
public class CaseMaterial {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "case_id")
    private Long caseId;

    @Column(name = "draft_id")
    private Long draftId;

    @Column(name = "owner_id")
    private Long ownerId;

    @Column(name = "material_code")
    private String materialCode;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "media_type")
    private String mediaType;

    @Column(name = "size_bytes")
    private int sizeBytes;

    @Column(name = "sha256")
    private String sha256;

    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    protected CaseMaterial() {
    }

    public CaseMaterial(Long caseId, Long draftId, long ownerId, String materialCode, String fileName, FileKind kind,
            int sizeBytes, String sha256) {
        this.caseId = caseId;
        this.draftId = draftId;
        this.ownerId = ownerId;
        this.materialCode = materialCode;
        this.fileName = fileName;
        this.mediaType = kind.mediaType();
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.uploadedAt = Instant.now();
    }

    public Long id() {
        return id;
    }

    public Long caseId() {
        return caseId;
    }

    public Long draftId() {
        return draftId;
    }

    public Long ownerId() {
        return ownerId;
    }

    public String materialCode() {
        return materialCode;
    }

    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
    }

    public int sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }
}
