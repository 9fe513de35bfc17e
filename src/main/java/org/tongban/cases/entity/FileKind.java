package org.tongban.cases.entity;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The kinds of file a material may be, told from the content and never from the name: an
 * executable renamed {@code .pdf} or an HTML page is none of them. Each kind knows the media type
 * it is served as.
 */
public enum FileKind {
    PDF("pdf", "application/pdf"),
    JPG("jpg", "image/jpeg"),
    PNG("png", "image/png"),
    OFD("ofd", "application/ofd");

    private final String code;
    private final String mediaType;

    FileKind(String code, String mediaType) {
        this.code = code;
        this.mediaType = mediaType;
    }

    /** The code a catalogue item lists among a material's file types. */
    public String code() {
        return code;
    }

    public String mediaType() {
        return mediaType;
    }

    public static Optional<FileKind> ofCode(String code) {
        for (FileKind kind : values()) {
            if (kind.code.equalsIgnoreCase(code)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** What the bytes are, by their signature; OFD is a ZIP package with {@code OFD.xml} at its root. */
    public static Optional<FileKind> detect(byte[] content) {
        if (startsWith(content, 0x25, 0x50, 0x44, 0x46, 0x2D)) { // %PDF-
            return Optional.of(PDF);
        }
        if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPG);
        }
        if (startsWith(content, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (startsWith(content, 0x50, 0x4B, 0x03, 0x04) && hasRootEntry(content, "OFD.xml")) {
            return Optional.of(OFD);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, int... signature) {
        if (content.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((content[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasRootEntry(byte[] zip, String name) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equalsIgnoreCase(name)) {
                    return true;
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException notAZip) {
            return false;
        }
    }
}
