package org.spinepath.notification.service;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.jboss.logging.Logger;
import org.spinepath.notification.channel.DeliveryChannel;
import org.spinepath.notification.channel.DeliveryException;
import org.spinepath.notification.channel.Dispatch;
import org.spinepath.notification.domain.Channel;

import io.quarkus.scheduler.Scheduled;

/**
 * Sends the deliveries that are due, after the transactions that queued them have committed:
 * claim one (one transaction), send it (no transaction), record the outcome (another transaction).
 * Whatever fails in between, the delivery stays pending and is sent again later with the same
 * idempotency key: at least once to the channel, once for a receiver that honours the key.
 *
 * <p>Each channel drains its own queue on its own thread, so a slow or unreachable FHIR server
 * never holds back the email to the surgeon. Deliveries of a channel that is switched off are
 * failed with an alert rather than left pending.
 */
@ApplicationScoped
public class DeliveryDispatcher {

    private static final Logger LOG = Logger.getLogger(DeliveryDispatcher.class);
    private static final int DISABLED_BATCH = 50;

    private final DeliveryLedger ledger;
    private final Map<Channel, DeliveryChannel> channels = new EnumMap<>(Channel.class);
    private final Map<Channel, AtomicBoolean> draining = new EnumMap<>(Channel.class);
    private final Set<Channel> disabled = EnumSet.allOf(Channel.class);
    private final ExecutorService workers;

    public DeliveryDispatcher(DeliveryLedger ledger, Instance<DeliveryChannel> channels) {
        this.ledger = ledger;
        channels.stream().filter(DeliveryChannel::enabled).forEach(c -> {
            this.channels.put(c.channel(), c);
            this.draining.put(c.channel(), new AtomicBoolean());
            this.disabled.remove(c.channel());
        });
        this.workers = Executors.newFixedThreadPool(Math.max(1, this.channels.size()),
                Thread.ofPlatform().name("referral-delivery-", 0).daemon().factory());
    }

    @Scheduled(identity = "referral-deliveries", every = "${spinepath.notification.delivery.poll-interval}",
            delayed = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        for (Channel channel : disabled) {
            try {
                int failed;
                do {
                    failed = ledger.failDisabled(channel, DISABLED_BATCH);
                } while (failed == DISABLED_BATCH);
            } catch (RuntimeException e) {
                LOG.errorf(e, "the deliveries of the disabled %s channel could not be failed; trying again at the "
                        + "next tick", channel);
            }
        }
        draining.forEach((channel, busy) -> {
            if (busy.compareAndSet(false, true)) {
                workers.execute(() -> {
                    try {
                        drain(channel);
                    } catch (RuntimeException e) {
                        LOG.errorf(e, "the %s deliveries could not be claimed; trying again at the next tick", channel);
                    } finally {
                        busy.set(false);
                    }
                });
            }
        });
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }

    /** One delivery at a time, so that each lease covers exactly one send. */
    private void drain(Channel channel) {
        Optional<Dispatch> next;
        while ((next = ledger.claimNext(channel)).isPresent()) {
            dispatch(next.get());
        }
    }

    void dispatch(Dispatch dispatch) {
        try {
            channels.get(dispatch.channel()).send(dispatch);
        } catch (DeliveryException e) {
            recordFailure(dispatch, e.getMessage(), e.permanent());
            return;
        } catch (RuntimeException | LinkageError e) {
            // A bug or a broken class path in one channel must not stop the others' deliveries.
            LOG.errorf(e, "%s delivery %s failed unexpectedly", dispatch.channel(), dispatch.deliveryId());
            recordFailure(dispatch, e.toString(), false);
            return;
        }
        try {
            ledger.delivered(dispatch);
        } catch (RuntimeException e) {
            LOG.errorf("%s delivery %s was sent but could not be recorded; it will be sent again with key %s "
                    + "when its lease ends: %s", dispatch.channel(), dispatch.deliveryId(), dispatch.idempotencyKey(), e);
        }
    }

    private void recordFailure(Dispatch dispatch, String error, boolean permanent) {
        try {
            ledger.failed(dispatch, error, permanent);
        } catch (RuntimeException e) {
            LOG.errorf("the failure of %s delivery %s could not be recorded; it will be retried when its lease ends: %s",
                    dispatch.channel(), dispatch.deliveryId(), e);
        }
    }
}
