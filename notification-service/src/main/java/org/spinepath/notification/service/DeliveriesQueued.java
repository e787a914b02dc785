package org.spinepath.notification.service;

/**
 * Fired in the transaction that queued deliveries; {@link DeliveryDispatcher} observes it once that
 * transaction has committed and starts sending at once rather than at its next poll.
 */
public record DeliveriesQueued() {
}
