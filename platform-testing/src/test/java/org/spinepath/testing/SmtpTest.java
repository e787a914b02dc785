package org.spinepath.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

class SmtpTest {

    @Test
    void mailSentOverSmtpIsReadBackWithHeadersAndBodies() throws MessagingException {
        Map<String, String> config = new SmtpTestResource().start();
        String to = "oncall-" + UUID.randomUUID() + "@spinepath.test";

        Session session = Session.getInstance(smtp(config));
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress("referrals@spinepath.test"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject("Urgent referral: suspected cauda equina", "UTF-8");
        message.setHeader("X-SpinePath-Case", "case-42");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Bilateral sciatica with saddle anaesthesia — see the case.", "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setContent("<p>Bilateral sciatica with saddle anaesthesia</p>", "text/html; charset=UTF-8");
        message.setContent(new MimeMultipart("alternative", text, html));
        Transport.send(message);

        Mailbox.Mail mail = SmtpTestResource.mailbox().awaitMessage(to, Duration.ofSeconds(20));

        assertEquals("Urgent referral: suspected cauda equina", mail.subject());
        assertEquals("Bilateral sciatica with saddle anaesthesia — see the case.", mail.body().trim());
        assertTrue(mail.html().contains("<p>Bilateral sciatica"), mail.html());
        assertEquals("case-42", mail.header("x-spinepath-case"));
        assertNotNull(mail.messageId());
        assertEquals(mail.messageId(), mail.header("Message-ID"));
        assertEquals(List.of("referrals@spinepath.test"), mail.from());
        assertEquals(List.of(to), mail.to());
    }

    @Test
    void purgeEmptiesMailboxesAndWaitingForAbsentMailFails() throws MessagingException {
        Map<String, String> config = new SmtpTestResource().start();
        String to = "editor-" + UUID.randomUUID() + "@spinepath.test";
        Mailbox mailbox = Mailbox.shared();
        assertEquals(List.of(), mailbox.messages(to));

        MimeMessage message = new MimeMessage(Session.getInstance(smtp(config)));
        message.setFrom(new InternetAddress("content@spinepath.test"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject("Review requested");
        message.setText("Please review.");
        Transport.send(message);
        assertEquals(1, mailbox.awaitMessages(to, 1, Duration.ofSeconds(20)).size());

        mailbox.purge();

        assertEquals(List.of(), mailbox.messages(to));
        AssertionError timeout = assertThrows(AssertionError.class,
                () -> mailbox.awaitMessages(to, 1, Duration.ofMillis(500)));
        assertTrue(timeout.getMessage().contains(to), timeout.getMessage());
    }

    private static Properties smtp(Map<String, String> quarkusMailer) {
        Properties p = new Properties();
        p.put("mail.smtp.host", quarkusMailer.get("quarkus.mailer.host"));
        p.put("mail.smtp.port", quarkusMailer.get("quarkus.mailer.port"));
        return p;
    }
}
