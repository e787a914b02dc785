package org.spinepath.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.mail.Address;
import jakarta.mail.Header;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * Reads the mail the test mail server (GreenMail) received, through its REST API.
 *
 * <pre>
 * Mailbox mailbox = SmtpTestResource.mailbox();
 * Mailbox.Mail mail = mailbox.awaitMessages("oncall1@spinepath.test", 1, Duration.ofSeconds(10)).get(0);
 * assertEquals("Urgent referral", mail.subject());
 * </pre>
 *
 * <p>The server accepts mail for any address and opens a mailbox for it on first delivery; an
 * address that never received anything has an empty mailbox.
 */
public final class Mailbox {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration POLL = Duration.ofMillis(200);

    private final String apiUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** @param apiUrl GreenMail's REST API, e.g. {@code http://localhost:32770} */
    public Mailbox(String apiUrl) {
        this.apiUrl = apiUrl.endsWith("/") ? apiUrl.substring(0, apiUrl.length() - 1) : apiUrl;
    }

    /** The shared test mail server's mailboxes. */
    public static Mailbox shared() {
        return SpinePathContainers.smtp().mailbox();
    }

    /** The messages in {@code address}'s inbox, oldest first. */
    public List<Mail> messages(String address) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(
                URI.create(apiUrl + "/api/user/" + URLEncoder.encode(address, StandardCharsets.UTF_8) + "/messages/"))
                .GET());
        if (response.statusCode() == 400 && response.body().contains("not found")) {
            return List.of(); // no mail yet, so no mailbox yet
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException("cannot list mail for " + address + ": HTTP " + response.statusCode()
                    + " " + response.body());
        }
        List<Mail> mails = new ArrayList<>();
        for (JsonNode stored : readTree(response.body())) {
            mails.add(parse(stored.path("mimeMessage").asText()));
        }
        return Collections.unmodifiableList(mails);
    }

    /**
     * Waits until {@code address} has received at least {@code count} messages and returns them
     * all.
     *
     * @throws AssertionError if they do not arrive in time, naming what did arrive
     */
    public List<Mail> awaitMessages(String address, int count, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        List<Mail> mails = messages(address);
        while (mails.size() < count) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("expected " + count + " message(s) for " + address + " within " + timeout
                        + ", got " + mails.size() + ": " + mails.stream().map(Mail::subject).toList());
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for mail for " + address, e);
            }
            mails = messages(address);
        }
        return mails;
    }

    /** Waits for the first message to {@code address}. */
    public Mail awaitMessage(String address, Duration timeout) {
        return awaitMessages(address, 1, timeout).get(0);
    }

    /** Deletes every message in every mailbox (the mailboxes stay). */
    public void purge() {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(apiUrl + "/api/mail/purge"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("cannot purge mail: HTTP " + response.statusCode() + " " + response.body());
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).header("Accept", "application/json").build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("mail server API " + apiUrl + " unreachable: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading mail", e);
        }
    }

    private static JsonNode readTree(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException("unreadable answer from the mail server: " + body, e);
        }
    }

    /** GreenMail hands out the stored message as ISO-8859-1 text: its bytes, one char each. */
    static Mail parse(String raw) {
        try {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
                    new ByteArrayInputStream(raw.getBytes(StandardCharsets.ISO_8859_1)));
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (Enumeration<Header> e = message.getAllHeaders(); e.hasMoreElements();) {
                Header h = e.nextElement();
                headers.computeIfAbsent(h.getName().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(h.getValue());
            }
            headers.replaceAll((k, v) -> List.copyOf(v));
            Bodies bodies = new Bodies();
            bodies.collect(message);
            return new Mail(message.getMessageID(), addresses(message.getFrom()),
                    addresses(message.getRecipients(Message.RecipientType.TO)),
                    addresses(message.getRecipients(Message.RecipientType.CC)),
                    message.getSubject(), bodies.text, bodies.html, Collections.unmodifiableMap(headers), raw);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("unreadable message: " + e.getMessage(), e);
        }
    }

    private static List<String> addresses(Address[] addresses) {
        if (addresses == null) {
            return List.of();
        }
        List<String> result = new ArrayList<>();
        for (Address a : addresses) {
            result.add(a instanceof jakarta.mail.internet.InternetAddress ia ? ia.getAddress() : a.toString());
        }
        return List.copyOf(result);
    }

    /** The first text/plain and the first text/html part, attachments skipped. */
    private static final class Bodies {
        String text;
        String html;

        void collect(Part part) throws MessagingException, IOException {
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                return;
            }
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    collect(multipart.getBodyPart(i));
                }
            } else if (part.isMimeType("text/plain") && text == null) {
                text = part.getContent().toString();
            } else if (part.isMimeType("text/html") && html == null) {
                html = part.getContent().toString();
            }
        }
    }

    /**
     * One received message.
     *
     * @param messageId the {@code Message-ID} header, angle brackets included
     * @param headers every header by lower-cased name, in message order
     * @param raw the message as stored (RFC 5322 text)
     */
    public record Mail(String messageId, List<String> from, List<String> to, List<String> cc, String subject,
            String text, String html, Map<String, List<String>> headers, String raw) {

        /** The plain-text body, or the HTML one when the message has no plain text. */
        public String body() {
            return text != null ? text : html;
        }

        /** The first value of a header (any case), or {@code null}. */
        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.get(0);
        }
    }
}
