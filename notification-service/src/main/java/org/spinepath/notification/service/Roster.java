package org.spinepath.notification.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.spinepath.notification.config.NotificationConfig;
import org.spinepath.notification.domain.Contact;
import org.spinepath.notification.domain.FlagFindings;
import org.spinepath.notification.domain.ReferralLevel;
import org.spinepath.notification.domain.Team;

import io.quarkus.runtime.Startup;

/**
 * The on-call roster of the configuration: which routes a referral goes to and who is messaged at
 * each escalation level. Each flag of a referral goes to the routes that take it, and the
 * referral's recipients are the union of those routes (pathways.md section 8): a case with
 * CAUDA_EQUINA and SPINAL_METASTATIC_COMPRESSION reaches the spinal surgeon and the metastatic
 * spinal cord compression coordinator at once. Contacts are looked up when a message is queued,
 * so a roster change applies to the next escalation of referrals already open.
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

    /**
     * The names of the routes that take a referral of this level with these flags: for each flag,
     * every route of the level that takes it, and the fallback route for a flag that no route
     * takes. Never empty.
     */
    public List<String> routesFor(ReferralLevel level, List<FlagFindings> flags) {
        Set<String> matched = new LinkedHashSet<>();
        List<String> unrouted = new ArrayList<>();
        for (FlagFindings flag : flags) {
            List<String> taking = routesTaking(level, flag.flag());
            if (taking.isEmpty()) {
                unrouted.add(flag.flag());
            }
            matched.addAll(taking);
        }
        if (!unrouted.isEmpty() || matched.isEmpty()) {
            LOG.warnf("no route takes the %s flags %s; they go to the fallback route %s", level, unrouted, fallback);
            matched.add(fallback);
        }
        return routes.keySet().stream().filter(matched::contains).toList();
    }

    private List<String> routesTaking(ReferralLevel level, String flag) {
        List<String> taking = new ArrayList<>();
        routes.forEach((name, route) -> {
            if (route.level() == level && route.flags().map(f -> f.contains(flag)).orElse(true)) {
                taking.add(name);
            }
        });
        return taking;
    }

    /**
     * Who is messaged at an escalation level: the recipients of each route at level 0, then the
     * route's escalation chain one contact per level, its last contact again once the chain is
     * exhausted. A contact named by several routes is messaged once.
     */
    public List<Contact> contactsAt(List<String> routeNames, int escalationLevel) {
        Map<String, Contact> byEmail = new LinkedHashMap<>();
        for (String name : routeNames) {
            contactsOf(route(name), escalationLevel)
                    .forEach(c -> byEmail.putIfAbsent(c.email().toLowerCase(), c));
        }
        return List.copyOf(byEmail.values());
    }

    /**
     * The routes of a referral as its messages describe them: each route's team, the referral's
     * flags it takes (the fallback route: also the flags no route takes) and its contacts at the
     * escalation level.
     */
    public List<Team> teamsAt(List<String> routeNames, ReferralLevel level, List<FlagFindings> flags,
            int escalationLevel) {
        List<String> flagNames = flags.stream().map(FlagFindings::flag).distinct().toList();
        List<Team> teams = new ArrayList<>();
        for (String name : routeNames) {
            NotificationConfig.Route route = route(name);
            List<String> routeFlags = flagNames.stream().filter(f -> {
                List<String> taking = routesTaking(level, f);
                return taking.contains(name) || (taking.isEmpty() && name.equals(fallback));
            }).toList();
            teams.add(new Team(name, route.title().orElse(name), routeFlags, contactsOf(route, escalationLevel)));
        }
        return List.copyOf(teams);
    }

    private NotificationConfig.Route route(String name) {
        return routes.getOrDefault(name, routes.get(fallback));
    }

    private static List<Contact> contactsOf(NotificationConfig.Route route, int escalationLevel) {
        List<NotificationConfig.Contact> chosen;
        if (escalationLevel == 0 || route.escalation().isEmpty()) {
            chosen = route.recipients();
        } else {
            int index = Math.min(escalationLevel, route.escalation().size()) - 1;
            chosen = List.of(route.escalation().get(index));
        }
        return chosen.stream().map(c -> new Contact(c.name(), c.email())).toList();
    }
}
