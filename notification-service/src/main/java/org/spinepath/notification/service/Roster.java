package org.spinepath.notification.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.spinepath.notification.config.NotificationConfig;
import org.spinepath.notification.domain.FlagFindings;
import org.spinepath.notification.domain.ReferralLevel;

import io.quarkus.runtime.Startup;

/**
 * The on-call roster of the configuration: which routes a referral goes to and who is messaged at
 * each escalation level. Contacts are looked up when a message is queued, so a roster change
 * applies to the next escalation of referrals already open.
 */
@Startup
@ApplicationScoped
public class Roster {

    private static final Logger LOG = Logger.getLogger(Roster.class);

    private final Map<String, NotificationConfig.Route> routes;
    private final String fallback;

    public Roster(NotificationConfig config) {
        // Sorted, so a referral's routes and its contacts come out in the same order every time.
        this.routes = new TreeMap<>(config.routes());
        this.fallback = config.fallbackRoute();
        if (!routes.containsKey(fallback)) {
            throw new IllegalStateException("spinepath.notification.fallback-route names no route: " + fallback
                    + " (routes: " + routes.keySet() + ")");
        }
        routes.forEach((name, route) -> {
            if (route.recipients().isEmpty()) {
                throw new IllegalStateException("route " + name + " has no recipients");
            }
        });
    }

    /** The names of the routes that take a referral of this level with these flags; never empty. */
    public List<String> routesFor(ReferralLevel level, List<FlagFindings> flags) {
        Set<String> flagNames = flags.stream().map(FlagFindings::flag).collect(Collectors.toSet());
        List<String> matched = new ArrayList<>();
        routes.forEach((name, route) -> {
            boolean flagMatches = route.flags().map(taken -> taken.stream().anyMatch(flagNames::contains))
                    .orElse(true);
            if (route.level() == level && flagMatches) {
                matched.add(name);
            }
        });
        if (matched.isEmpty()) {
            LOG.warnf("no route takes a %s referral with flags %s; sending it to the fallback route %s", level,
                    flagNames, fallback);
            return List.of(fallback);
        }
        return List.copyOf(matched);
    }

    /**
     * Who is messaged at an escalation level: the recipients of each route at level 0, then the
     * route's escalation chain one contact per level, its last contact again once the chain is
     * exhausted. A contact named by several routes is messaged once.
     */
    public List<Contact> contactsAt(List<String> routeNames, int escalationLevel) {
        Map<String, Contact> byEmail = new LinkedHashMap<>();
        for (String name : routeNames) {
            NotificationConfig.Route route = routes.getOrDefault(name, routes.get(fallback));
            List<NotificationConfig.Contact> chosen;
            if (escalationLevel == 0 || route.escalation().isEmpty()) {
                chosen = route.recipients();
            } else {
                int index = Math.min(escalationLevel, route.escalation().size()) - 1;
                chosen = List.of(route.escalation().get(index));
            }
            chosen.forEach(c -> byEmail.putIfAbsent(c.email().toLowerCase(), new Contact(c.name(), c.email())));
        }
        return List.copyOf(byEmail.values());
    }
}
