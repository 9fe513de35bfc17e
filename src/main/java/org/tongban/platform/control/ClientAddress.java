package org.tongban.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address a request really comes from. Behind a TLS-terminating proxy every request arrives
 * from the proxy, so the last hop of X-Forwarded-For is believed, but only when the direct peer
 * is one of the configured trusted proxies ({@code tongban.trusted-proxies}); from anyone else
 * the header is ignored, since a client can write whatever it likes into it.
 */
@ApplicationScoped
public class ClientAddress {

    @Inject
    @ConfigProperty(name = "tongban.trusted-proxies", defaultValue = "none")
    String trustedProxies;

    public String of(HttpServletRequest request) {
        String peer = request.getRemoteAddr();
        if (!trusted().contains(peer)) {
            return peer;
        }
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || forwarded.isBlank()) {
            return peer;
        }
        String[] hops = forwarded.split(",");
        String last = hops[hops.length - 1].strip();
        return last.isEmpty() || last.length() > 64 || !last.matches("[0-9A-Fa-f:.]+") ? peer : last;
    }

    private List<String> trusted() {
        return Optional.ofNullable(trustedProxies).filter(p -> !p.isBlank() && !p.equals("none"))
                .map(p -> Arrays.stream(p.split(",")).map(String::strip).toList())
                .orElse(List.of());
    }
}
