package org.spinepath.notification.service;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.jboss.logging.Logger;
import org.spinepath.notification.channel.DeliveryChannel;
import org.spinepath.notification.channel.fhir.FhirReferralBuilder;
import org.spinepath.notification.config.NotificationConfig;
import org.spinepath.notification.domain.Channel;
import org.spinepath.notification.domain.Contact;
import org.spinepath.notification.domain.Delivery;
import org.spinepath.notification.domain.DeliveryStatus;
import org.spinepath.notification.domain.Referral;

import io.quarkus.runtime.Startup;

/**
 * Queues the messages of one escalation level of a referral, in the caller's transaction: one
 * email to each contact of the level, the FHIR ServiceRequest and Task (once, with the first level)
 * and a webhook call. {@link DeliveryDispatcher} sends them as soon as the transaction commits.
 */
@Startup
@ApplicationScoped
public class DeliveryQueue {

    private static final Logger LOG = Logger.getLogger(DeliveryQueue.class);

    private final Roster roster;
    private final List<DeliveryChannel> channels;
    private final String messageIdDomain;
    private final Event<DeliveriesQueued> queued;

    public DeliveryQueue(Roster roster, Instance<DeliveryChannel> channels, NotificationConfig config,
            Event<DeliveriesQueued> queued) {
        this.roster = roster;
        this.queued = queued;
        this.channels = channels.stream().filter(DeliveryChannel::enabled).toList();
        this.messageIdDomain = config.channels().email().messageIdDomain();
        LOG.infof("referral channels enabled: %s", this.channels.stream().map(DeliveryChannel::channel).toList());
        if (this.channels.isEmpty()) {
            LOG.error("no referral channel is enabled: referrals will be recorded but nobody will be told");
        }
    }

    /** @return the contacts messaged at this level, as {@code Name <email>} */
    @Transactional(TxType.MANDATORY)
    public List<String> queue(Referral referral, int escalationLevel, Instant now) {
        List<Contact> contacts = roster.contactsAt(referral.routeNames(), escalationLevel);
        for (DeliveryChannel channel : channels) {
            switch (channel.channel()) {
                case EMAIL -> {
                    // One email per recipient, carrying only that recipient's acknowledge link: a
                    // link acknowledges as the person it was sent to, so nobody may hold another's.
                    for (Contact contact : contacts) {
                        add(referral, Channel.EMAIL, escalationLevel, contact.email(), contact.name(),
                                emailKey(referral.id, escalationLevel, contact.email(), messageIdDomain), now);
                    }
                }
                case FHIR -> {
                    // The ServiceRequest and Task describe the referral itself, not who was paged.
                    if (escalationLevel == 0) {
                        add(referral, Channel.FHIR, 0, channel.destination(), null,
                                FhirReferralBuilder.REFERRAL_SYSTEM + "|" + referral.id, now);
                    }
                }
                case WEBHOOK -> add(referral, Channel.WEBHOOK, escalationLevel, channel.destination(), null,
                        "referral." + referral.id + "." + escalationLevel, now);
            }
        }
        if (!channels.isEmpty()) {
            queued.fire(new DeliveriesQueued());
        }
        List<String> told = new ArrayList<>();
        contacts.forEach(c -> told.add(c.name() + " <" + c.email() + ">"));
        return told;
    }

    /**
     * The Message-ID (without brackets) of the email to one recipient at one escalation level: the
     * same on every attempt, different for every recipient.
     */
    static String emailKey(UUID referralId, int escalationLevel, String email, String domain) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(email.strip().toLowerCase(Locale.ROOT)
                    .getBytes(UTF_8));
            return "referral." + referralId + "." + escalationLevel + "." + HexFormat.of().formatHex(digest, 0, 6)
                    + "@" + domain;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static void add(Referral referral, Channel channel, int escalationLevel, String recipient,
            String recipientName, String idempotencyKey, Instant now) {
        Delivery delivery = new Delivery();
        delivery.id = UUID.randomUUID();
        delivery.referralId = referral.id;
        delivery.channel = channel;
        delivery.escalationLevel = escalationLevel;
        delivery.recipient = recipient;
        delivery.recipientName = recipientName;
        delivery.idempotencyKey = idempotencyKey;
        delivery.status = DeliveryStatus.PENDING;
        delivery.nextAttemptAt = now;
        delivery.createdAt = now;
        delivery.updatedAt = now;
        delivery.persist();
    }
}
