package org.ssaplanner;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP/1.1 over a plain socket to the running test server, for what java.net.http refuses to send: any Host
 * header, X-Forwarded-* headers, paths with {@code %00} or {@code %2e%2e}. The request comes from 127.0.0.1,
 * which Tomcat trusts as a proxy.
 */
public final class RawHttp {

    private RawHttp() {
    }

    /** A response: status, headers (lower-case names, every value) and body. */
    public record Response(int status, Map<String, List<String>> headers, String body) {

        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        public List<String> headers(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
        }

        /** The value of a cookie set by this response ("SESSION"), or null. */
        public String cookie(String name) {
            for (String setCookie : headers("set-cookie")) {
                if (setCookie.startsWith(name + "=")) {
                    return setCookie.substring(name.length() + 1, setCookie.indexOf(';') < 0 ? setCookie.length()
                            : setCookie.indexOf(';'));
                }
            }
            return null;
        }

        /** The CSRF token of the first form on the page. */
        public String csrfToken() {
            Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(body);
            return m.find() ? m.group(1) : null;
        }
    }

    public static Response get(int port, String path, String... headerLines) {
        return send(port, "GET", path, null, headerLines);
    }

    public static Response postForm(int port, String path, String form, String... headerLines) {
        return send(port, "POST", path, form, headerLines);
    }

    public static Response send(int port, String method, String path, String form, String... headerLines) {
        StringBuilder request = new StringBuilder();
        request.append(method).append(' ').append(path).append(" HTTP/1.1\r\n");
        boolean host = false;
        for (String line : headerLines) {
            host |= line.toLowerCase(Locale.ROOT).startsWith("host:");
            request.append(line).append("\r\n");
        }
        if (!host) {
            request.append("Host: localhost:").append(port).append("\r\n");
        }
        byte[] body = form == null ? new byte[0] : form.getBytes(StandardCharsets.UTF_8);
        if (form != null) {
            request.append("Content-Type: application/x-www-form-urlencoded\r\n");
            request.append("Content-Length: ").append(body.length).append("\r\n");
        }
        request.append("Connection: close\r\n\r\n");
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            return parse(socket.getInputStream().readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Response parse(byte[] raw) throws IOException {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        String head = end < 0 ? text : text.substring(0, end);
        byte[] rest = end < 0 ? new byte[0] : Arrays.copyOfRange(raw, end + 4, raw.length);
        String[] lines = head.split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.computeIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        k -> new ArrayList<>()).add(lines[i].substring(colon + 1).trim());
            }
        }
        String transfer = headers.getOrDefault("transfer-encoding", List.of("")).get(0);
        byte[] body = "chunked".equalsIgnoreCase(transfer) ? unchunk(rest) : rest;
        return new Response(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] unchunk(byte[] chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int pos = 0;
        while (pos < chunked.length) {
            int lineEnd = indexOf(chunked, pos);
            if (lineEnd < 0) {
                break;
            }
            String sizeLine = new String(chunked, pos, lineEnd - pos, StandardCharsets.ISO_8859_1).trim();
            int semicolon = sizeLine.indexOf(';');
            int size = Integer.parseInt(semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon), 16);
            if (size == 0) {
                break;
            }
            out.write(chunked, lineEnd + 2, size);
            pos = lineEnd + 2 + size + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] bytes, int from) {
        for (int i = from; i < bytes.length - 1; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
