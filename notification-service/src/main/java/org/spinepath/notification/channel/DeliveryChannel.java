package org.spinepath.notification.channel;

import org.spinepath.notification.domain.Channel;

/**
 * A way to deliver a referral. Sending must be safe to repeat: every copy of one delivery carries
 * the same {@link Dispatch#idempotencyKey()}, and the receiver uses it to drop duplicates.
 */
public interface DeliveryChannel {

    Channel channel();

    /** False when the channel is not configured: no deliveries are queued for it. */
    boolean enabled();

    /** Where this channel's deliveries go, for a channel with a single destination (FHIR, webhook). */
    String destination();

    /**
     * How many deliveries of this channel one instance sends at once. Each is claimed, sent and
     * recorded on its own, so this changes only throughput, never the bookkeeping.
     */
    default int parallelSends() {
        return 1;
    }

    /**
     * Sends one delivery and returns once the receiver has accepted it.
     *
     * @throws DeliveryException when it was not accepted; {@link DeliveryException#permanent()} says
     *                           whether a retry can help
     */
    void send(Dispatch dispatch) throws DeliveryException;
}
