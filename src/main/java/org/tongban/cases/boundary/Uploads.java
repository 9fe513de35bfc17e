package org.tongban.cases.boundary;

import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.tongban.platform.control.InvalidInputException;

/** Reading uploaded files within a limit, and sending files so that no browser ever renders them as a page. */
final class Uploads {

    private Uploads() {
    }

    /** The part's bytes; more than {@code limit} bytes is refused without reading the rest. */
    static byte[] read(EntityPart part, long limit) {
        try (InputStream in = part.getContent()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                total += n;
                if (total > limit) {
                    throw InvalidInputException.of("file", "cases.material.tooLarge", limit / (1024 * 1024));
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Always a download, in a sandbox, never cached by anyone in between. */
    static Response attachment(MaterialDesk.Download file) {
        String ascii = file.fileName().replaceAll("[^A-Za-z0-9._-]", "_");
        String encoded = URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(file.content(), file.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded)
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .build();
    }
}
