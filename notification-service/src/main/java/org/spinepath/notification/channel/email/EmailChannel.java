package org.spinepath.notification.channel.email;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.spinepath.notification.channel.DeliveryChannel;
import org.spinepath.notification.channel.DeliveryException;
import org.spinepath.notification.channel.Dispatch;
import org.spinepath.notification.config.NotificationConfig;
import org.spinepath.notification.domain.Channel;
import org.spinepath.notification.service.AcknowledgeLinks;
import org.spinepath.notification.service.Contact;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;

/**
 * Sends a referral email through SMTP (Quarkus Mailer), one message to every contact of the
 * escalation level, each with an acknowledge link of their own. Its Message-ID is the delivery's
 * idempotency key (the referral and the escalation level), so a copy sent again after a crash is
 * recognisable as the same message.
 */
@ApplicationScoped
public class EmailChannel implements DeliveryChannel {

    private final ReactiveMailer mailer;
    private final AcknowledgeLinks links;
    private final NotificationConfig config;

    public EmailChannel(ReactiveMailer mailer, AcknowledgeLinks links, NotificationConfig config) {
        this.mailer = mailer;
        this.links = links;
        this.config = config;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public boolean enabled() {
        return config.channels().email().enabled();
    }

    @Override
    public String destination() {
        return "smtp";
    }

    /** The Message-ID of a delivery: its idempotency key in angle brackets. */
    public static String messageId(String idempotencyKey) {
        return "<" + idempotencyKey + ">";
    }

    @Override
    public void send(Dispatch dispatch) throws DeliveryException {
        Instant now = Instant.now();
        List<ReferralEmail.AcknowledgeLink> acknowledgeLinks = dispatch.contacts().stream()
                .map(c -> new ReferralEmail.AcknowledgeLink(c, links.linkFor(dispatch.referral().id(), c.email(), now)))
                .toList();
        ReferralEmail email = ReferralEmail.compose(dispatch, acknowledgeLinks, links.expiryOfLinksMadeAt(now),
                dispatch.referral().level().escalateAfter(config.escalation()));
        Mail mail = new Mail()
                .setTo(dispatch.contacts().stream().map(Contact::email).toList())
                .setSubject(email.subject())
                .setText(email.body())
                .addHeader("Message-ID", messageId(dispatch.idempotencyKey()))
                .addHeader("X-SpinePath-Referral", dispatch.referral().id().toString())
                .addHeader("X-Priority", "1");
        try {
            mailer.send(mail).await().atMost(config.channels().email().timeout());
        } catch (RuntimeException e) {
            throw new DeliveryException("SMTP send failed: " + rootMessage(e), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
