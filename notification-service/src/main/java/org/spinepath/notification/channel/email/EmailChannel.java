package org.spinepath.notification.channel.email;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.spinepath.notification.channel.DeliveryChannel;
import org.spinepath.notification.channel.DeliveryException;
import org.spinepath.notification.channel.Dispatch;
import org.spinepath.notification.config.NotificationConfig;
import org.spinepath.notification.domain.Channel;
import org.spinepath.notification.domain.Contact;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;

/**
 * Sends a referral email through SMTP (Quarkus Mailer) to the one recipient of the delivery, with
 * that recipient's own acknowledge link and nobody else's. Its Message-ID is the delivery's
 * idempotency key (the referral, the escalation level and the recipient), so a copy sent again
 * after a crash is recognisable as the same message.
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

    @Override
    public int parallelSends() {
        return Math.max(1, config.channels().email().parallelSends());
    }

    /** The Message-ID of a delivery: its idempotency key in angle brackets. */
    public static String messageId(String idempotencyKey) {
        return "<" + idempotencyKey + ">";
    }

    @Override
    public void send(Dispatch dispatch) throws DeliveryException {
        Instant now = Instant.now();
        for (Contact recipient : dispatch.contacts()) {
            ReferralEmail email = ReferralEmail.compose(dispatch, recipient,
                    links.linkFor(dispatch.referral().id(), recipient.email(), now), links.expiryOfLinksMadeAt(now),
                    config.escalation().after(dispatch.referral().level()));
            Mail mail = new Mail()
                    .setTo(List.of(recipient.email()))
                    .setSubject(email.subject())
                    .setText(email.body())
                    .addHeader("Message-ID", messageId(dispatch.idempotencyKey()))
                    .addHeader("X-SpinePath-Referral", dispatch.referral().id().toString())
                    .addHeader("X-Priority", "1");
            try {
                mailer.send(mail).await().atMost(config.channels().email().timeout());
            } catch (RuntimeException e) {
                throw new DeliveryException("SMTP send failed for " + recipient.email() + ": " + rootMessage(e), e);
            }
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
