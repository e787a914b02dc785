package org.spinepath.common.access;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.spinepath.common.events.CloudEvent;
import org.spinepath.common.events.PoisonMessageException;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Which on-call routes a case has been referred to, as a service that holds the case (intake,
 * triage) learns it from {@code referral.events}: the notification service decides the routes from
 * its roster and names them on every event of the referral. The routes become the case's
 * {@link Custody#routes()}, so on-call staff of a route see the case and its result without
 * breaking the glass. A route is only ever added: a referral, once sent, stays part of the
 * record of the people who acted on it.
 *
 * <p>The table {@code case_oncall_route} (case id, route) is in the migrations of each service
 * that uses this class.</p>
 */
@ApplicationScoped
public class OncallRoutes {

    private final EntityManager em;

    public OncallRoutes(EntityManager em) {
        this.em = em;
    }

    /**
     * Records the routes named by a {@code referral.events} event, in the consumer's transaction.
     * An event without routes (one written before they were carried) changes nothing.
     *
     * @throws PoisonMessageException when the event names no valid case or a route is not a name
     */
    @Transactional(TxType.MANDATORY)
    public void apply(CloudEvent event) {
        JsonNode data = event.data();
        UUID caseId;
        try {
            caseId = UUID.fromString(data.path("caseId").asText());
        } catch (IllegalArgumentException e) {
            throw new PoisonMessageException("referral.events " + event.id() + " has no valid caseId", e);
        }
        Set<String> routes = new LinkedHashSet<>();
        for (JsonNode route : data.path("routes")) {
            String name = route.asText("");
            if (!name.matches("[a-z0-9][a-z0-9-]{0,99}")) {
                throw new PoisonMessageException("referral.events " + event.id() + " names an invalid route");
            }
            routes.add(name);
        }
        record(caseId, routes);
    }

    @Transactional(TxType.MANDATORY)
    public void record(UUID caseId, Collection<String> routes) {
        for (String route : routes) {
            em.createNativeQuery("insert into case_oncall_route (case_id, route, recorded_at) "
                    + "values (:caseId, :route, now()) on conflict do nothing")
                    .setParameter("caseId", caseId)
                    .setParameter("route", route)
                    .executeUpdate();
        }
    }

    /** The routes the case has been referred to; empty when it has not. */
    @Transactional(TxType.SUPPORTS)
    public Set<String> of(UUID caseId) {
        @SuppressWarnings("unchecked")
        List<String> routes = em.createNativeQuery("select route from case_oncall_route where case_id = :caseId",
                String.class).setParameter("caseId", caseId).getResultList();
        return Set.copyOf(routes);
    }
}
