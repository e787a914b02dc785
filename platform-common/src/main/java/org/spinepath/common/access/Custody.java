package org.spinepath.common.access;

import java.util.Set;

/**
 * Whose patient data a record is: the clinician who submitted the case, that clinician's care
 * teams at submission, and (for a referral) the on-call routes it was sent to. A record from
 * before owners were carried (a version 1 event) has no owner and no teams: only break-glass
 * opens it.
 */
public record Custody(String owner, Set<String> teams, Set<String> routes) {

    public Custody {
        teams = teams == null ? Set.of() : Set.copyOf(teams);
        routes = routes == null ? Set.of() : Set.copyOf(routes);
    }

    public static Custody of(String owner, Set<String> teams) {
        return new Custody(owner, teams, Set.of());
    }

    /** The same custody, with the on-call routes the case has been referred to. */
    public Custody withRoutes(Set<String> referredRoutes) {
        return new Custody(owner, teams, referredRoutes);
    }
}
