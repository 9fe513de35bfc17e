package org.tongban.it.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A mail server just good enough to receive what the portal sends: it speaks the few SMTP commands
 * a plain client uses and keeps each message's text. The tests' portal is told to send to
 * localhost:25250; while no sink listens there, sending fails, as a mail server that is down would.
 */
public final class SmtpSink implements AutoCloseable {

    public static final int PORT = 25250;

    private final ServerSocket server;
    private final List<String> messages = new CopyOnWriteArrayList<>();

    public SmtpSink() {
        try {
            server = new ServerSocket(PORT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread.ofVirtual().start(this::serve);
    }

    /** The messages received, their bodies decoded when sent as base64 (as mostly-Chinese text is). */
    public List<String> messages() {
        return messages.stream().map(SmtpSink::decoded).toList();
    }

    private static String decoded(String message) {
        int split = message.indexOf("\n\n");
        if (split < 0 || !message.substring(0, split).toLowerCase().contains("content-transfer-encoding: base64")) {
            return message;
        }
        String body = message.substring(split + 2).replaceAll("\\s", "");
        return message.substring(0, split) + "\n\n"
                + new String(java.util.Base64.getMimeDecoder().decode(body), StandardCharsets.UTF_8);
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket client = server.accept()) {
                converse(client);
            } catch (IOException closedOrBroken) {
                // next connection, or the sink was closed
            }
        }
    }

    private void converse(Socket client) throws IOException {
        var in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
        OutputStream out = client.getOutputStream();
        reply(out, "220 sink ESMTP");
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
            switch (command) {
                case "EHLO", "HELO" -> reply(out, "250 sink");
                case "DATA" -> {
                    reply(out, "354 go ahead");
                    StringBuilder text = new StringBuilder();
                    for (String body = in.readLine(); body != null && !body.equals("."); body = in.readLine()) {
                        text.append(body).append('\n');
                    }
                    messages.add(text.toString());
                    reply(out, "250 queued");
                }
                case "QUIT" -> {
                    reply(out, "221 bye");
                    return;
                }
                default -> reply(out, "250 ok");
            }
        }
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException ignored) {
            // closed
        }
    }
}
