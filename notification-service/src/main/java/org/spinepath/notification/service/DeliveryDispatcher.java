package org.spinepath.notification.service;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;

import org.jboss.logging.Logger;
import org.spinepath.notification.channel.DeliveryChannel;
import org.spinepath.notification.channel.DeliveryException;
import org.spinepath.notification.channel.Dispatch;
import org.spinepath.notification.domain.Channel;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduler;

/**
 * Sends the deliveries that are due, after the transactions that queued them have committed:
 * claim one (one transaction), send it (no transaction), record the outcome (another transaction).
 * Whatever fails in between, the delivery stays pending and is sent again later with the same
 * idempotency key: at least once to the channel, once for a receiver that honours the key.
 *
 * <p>Each channel drains its own queue on threads of its own, so a slow or unreachable FHIR server
 * never holds back the email to the surgeon. A channel sends up to
 * {@link DeliveryChannel#parallelSends()} deliveries at once, each in a claim-send-record loop of
 * its own (a lane): a second lane starts only once the first has claimed something, so an idle
 * queue costs one claim query, not one per lane. Deliveries of a channel that is switched off are
 * failed with an alert rather than left pending.
 *
 * <p>A transaction that queued deliveries wakes the sender when it commits; the poll remains the
 * safety net for deliveries queued by another replica, retries coming due and leases running out.
 * Pausing the {@value #SENDER} job pauses the wake-ups as well.
 */
@ApplicationScoped
public class DeliveryDispatcher {

    static final String SENDER = "referral-deliveries";

    private static final Logger LOG = Logger.getLogger(DeliveryDispatcher.class);
    private static final int DISABLED_BATCH = 50;

    private final DeliveryLedger ledger;
    private final Scheduler scheduler;
    private final Map<Channel, DeliveryChannel> channels = new EnumMap<>(Channel.class);
    private final Map<Channel, Lanes> lanes = new EnumMap<>(Channel.class);
    private final Set<Channel> disabled = EnumSet.allOf(Channel.class);
    private final ExecutorService workers;

    public DeliveryDispatcher(DeliveryLedger ledger, Instance<DeliveryChannel> channels, Scheduler scheduler) {
        this.ledger = ledger;
        this.scheduler = scheduler;
        channels.stream().filter(DeliveryChannel::enabled).forEach(c -> {
            this.channels.put(c.channel(), c);
            this.lanes.put(c.channel(), new Lanes(Math.max(1, c.parallelSends())));
            this.disabled.remove(c.channel());
        });
        // One thread per lane: a lane blocks on its claim, its send and its record.
        this.workers = Executors.newFixedThreadPool(Math.max(1, lanes.values().stream().mapToInt(l -> l.max).sum()),
                Thread.ofPlatform().name("referral-delivery-", 0).daemon().factory());
    }

    @Scheduled(identity = SENDER, every = "${spinepath.notification.delivery.poll-interval}",
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
        lanes.keySet().forEach(this::wake);
    }

    /**
     * Runs after the commit of a transaction that queued deliveries, on the committing thread: it
     * only hands the work to the sender's threads.
     */
    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) DeliveriesQueued queued) {
        lanes.keySet().forEach(this::wake);
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }

    /**
     * Makes sure a lane of the channel looks for due deliveries after this call: starts one unless
     * all of the channel's lanes are running, and leaves a request that a running lane honours
     * before it stops.
     */
    private void wake(Channel channel) {
        if (scheduler.isPaused(SENDER)) {
            return;
        }
        Lanes state = lanes.get(channel);
        state.requested.set(true);
        startLane(channel, state);
    }

    private void startLane(Channel channel, Lanes state) {
        int running;
        do {
            running = state.running.get();
            if (running >= state.max) {
                return;
            }
        } while (!state.running.compareAndSet(running, running + 1));
        try {
            workers.execute(() -> lane(channel, state));
        } catch (RejectedExecutionException stopping) {
            state.running.decrementAndGet();
        }
    }

    /** One delivery at a time per lane, so that each lease covers exactly one send. */
    private void lane(Channel channel, Lanes state) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                // Cleared before the claim: a commit that wakes the channel after this point is seen
                // by this claim or honoured when the lane stops.
                state.requested.set(false);
                Optional<Dispatch> next = ledger.claimNext(channel);
                if (next.isEmpty()) {
                    break;
                }
                // Something was due, so more may be: let another lane claim alongside this one.
                startLane(channel, state);
                dispatch(next.get());
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "the %s deliveries could not be claimed; trying again at the next tick", channel);
            return;
        } finally {
            state.running.decrementAndGet();
        }
        if (state.requested.get()) {
            wake(channel);
        }
    }

    /** The sending lanes of one channel. */
    private static final class Lanes {
        final int max;
        final AtomicInteger running = new AtomicInteger();
        final AtomicBoolean requested = new AtomicBoolean();

        Lanes(int max) {
            this.max = max;
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
