package org.spinepath.common.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class AccessRuleTest {

    private static final String ORTHO = "/teams/spinal-orthopaedics";
    private static final String NEURO = "/teams/neurosurgery";
    private static final Custody CLARAS_CASE = new Custody("clinician1", Set.of(ORTHO), Set.of("immediate"));

    private static Caller clinician(String user, String... teams) {
        return new Caller(user, "spinepath-cli", Set.of("clinician"), Set.of(teams), Set.of(), "10.0.0.1");
    }

    private static Caller withRoles(String user, Set<String> roles, Set<String> routes) {
        return new Caller(user, "spinepath-cli", roles, Set.of(), routes, "10.0.0.1");
    }

    @Test
    void theSubmitterAndTheirCareTeamSeeTheCase() {
        assertThat(AccessRule.decide(clinician("clinician1", ORTHO), CLARAS_CASE, null)).isEqualTo(Grant.OWNER);
        assertThat(AccessRule.decide(clinician("clinician3", ORTHO), CLARAS_CASE, null)).isEqualTo(Grant.CARE_TEAM);
    }

    @Test
    void aClinicianOfAnotherTeamIsRefusedUnlessTheyGiveAReason() {
        Caller other = clinician("clinician2", NEURO);
        assertThat(AccessRule.decide(other, CLARAS_CASE, null)).isEqualTo(Grant.DENIED);
        assertThat(AccessRule.decide(other, CLARAS_CASE, "   ")).isEqualTo(Grant.DENIED);
        assertThat(AccessRule.decide(other, CLARAS_CASE, "covering the spinal ward tonight"))
                .isEqualTo(Grant.BREAK_GLASS);
    }

    @Test
    void aClinicianWithoutATeamSeesOnlyTheirOwnCases() {
        assertThat(AccessRule.decide(clinician("clinician9"), CLARAS_CASE, null)).isEqualTo(Grant.DENIED);
        assertThat(AccessRule.decide(clinician("clinician9"), Custody.of("clinician9", Set.of()), null))
                .isEqualTo(Grant.OWNER);
    }

    @Test
    void aRecordFromBeforeOwnersWereCarriedOpensOnlyByBreakingTheGlass() {
        Custody legacy = new Custody(null, null, null);
        assertThat(AccessRule.decide(clinician("clinician1", ORTHO), legacy, null)).isEqualTo(Grant.DENIED);
        assertThat(AccessRule.decide(clinician("clinician1", ORTHO), legacy, "old case")).isEqualTo(Grant.BREAK_GLASS);
    }

    @Test
    void onCallStaffSeeReferralsOfTheirRoutesOnly() {
        assertThat(AccessRule.decide(withRoles("oncall1", Set.of("oncall"), Set.of("immediate")), CLARAS_CASE, null))
                .isEqualTo(Grant.ON_CALL_ROUTE);
        assertThat(AccessRule.decide(withRoles("oncall3", Set.of("oncall"), Set.of("infection")), CLARAS_CASE, null))
                .isEqualTo(Grant.DENIED);
    }

    @Test
    void anAdministratorSeesOperationalStateOnlyUnlessTheyBreakTheGlass() {
        Caller admin = withRoles("admin1", Set.of("admin"), Set.of());
        assertThat(AccessRule.decide(admin, CLARAS_CASE, null)).isEqualTo(Grant.OPERATIONAL);
        assertThat(Grant.OPERATIONAL.granted()).isFalse();
        assertThat(AccessRule.decide(admin, CLARAS_CASE, "restoring a failed delivery")).isEqualTo(Grant.BREAK_GLASS);
    }

    @Test
    void auditorsContentStaffAndAnonymousCallersNeverSeeClinicalContent() {
        for (String role : new String[] { "auditor", "content-editor", "content-reviewer" }) {
            assertThat(AccessRule.decide(withRoles("x", Set.of(role), Set.of()), CLARAS_CASE, "curious"))
                    .as(role).isEqualTo(Grant.DENIED);
        }
        assertThat(AccessRule.decide(new Caller(null, null, Set.of("clinician"), Set.of(ORTHO), Set.of(), null),
                CLARAS_CASE, "reason")).isEqualTo(Grant.DENIED);
    }

    @Test
    void aTeamIsNeverTakenForAnOwnerAndRolesAreNeverTakenFromGroups() {
        Caller impostor = clinician("/teams/spinal-orthopaedics");
        assertThat(AccessRule.decide(impostor, Custody.of("clinician1", Set.of(ORTHO)), null)).isEqualTo(Grant.DENIED);
        Caller notAClinician = withRoles("clinician3", Set.of("content-editor"), Set.of());
        assertThat(AccessRule.decide(new Caller("clinician3", null, notAClinician.roles(), Set.of(ORTHO), Set.of(),
                null), CLARAS_CASE, null)).isEqualTo(Grant.DENIED);
    }
}
