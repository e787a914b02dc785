package org.spinepath.notification.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.spinepath.notification.domain.FlagFindings;
import org.spinepath.notification.domain.ReferralLevel;
import org.spinepath.notification.support.TestConfig;

/** The on-call roster of application.properties routes each referral as pathways.md section 8 says. */
class RosterTest {

    private final Roster roster = new Roster(TestConfig.notificationConfig());

    private static List<FlagFindings> flags(String... names) {
        return Arrays.stream(names).map(n -> new FlagFindings(n, List.of("finding"))).toList();
    }

    @Test
    void everyImmediateReferralGoesToTheOnCallSpinalSurgeon() {
        for (String flag : List.of("CAUDA_EQUINA", "CORD_COMPRESSION", "PROGRESSIVE_NEURO_DEFICIT", "DISC_SEQUESTRATION")) {
            assertThat(roster.routesFor(ReferralLevel.IMMEDIATE, flags(flag))).containsExactly("immediate");
        }
        assertThat(roster.contactsAt(List.of("immediate"), 0))
                .containsExactly(new Contact("On-call spinal surgeon", "oncall-spine@spinepath.local"));
    }

    @Test
    void malignancyGoesToOncologyAndTheMetastasisCoordinator() {
        List<String> routes = roster.routesFor(ReferralLevel.WITHOUT_DELAY, flags("MALIGNANCY"));

        assertThat(routes).containsExactly("malignancy");
        assertThat(roster.contactsAt(routes, 0)).extracting(Contact::email)
                .containsExactly("oncology@spinepath.local", "metastasis-coordinator@spinepath.local");
    }

    @Test
    void infectionGoesToInfectiousDiseasesAndSpine() {
        List<String> routes = roster.routesFor(ReferralLevel.WITHOUT_DELAY, flags("INFECTION"));

        assertThat(routes).containsExactly("infection");
        assertThat(roster.contactsAt(routes, 0)).extracting(Contact::email)
                .containsExactly("infectious-diseases@spinepath.local", "oncall-spine@spinepath.local");
    }

    @Test
    void malignancyWithInfectionReachesBothServicesAndTheSurgeonOnlyOnce() {
        List<String> routes = roster.routesFor(ReferralLevel.WITHOUT_DELAY, flags("MALIGNANCY", "INFECTION"));

        assertThat(routes).containsExactly("infection", "malignancy");
        assertThat(roster.contactsAt(routes, 0)).extracting(Contact::email).containsExactly(
                "infectious-diseases@spinepath.local", "oncall-spine@spinepath.local", "oncology@spinepath.local",
                "metastasis-coordinator@spinepath.local");
    }

    @Test
    void aReferralNoRouteTakesFallsBackToTheOnCallSpinalSurgeon() {
        assertThat(roster.routesFor(ReferralLevel.WITHOUT_DELAY, flags("FRACTURE"))).containsExactly("immediate");
    }

    @Test
    void escalationWalksTheChainThenRepeatsItsLastContact() {
        List<String> immediate = List.of("immediate");

        assertThat(roster.contactsAt(immediate, 1)).extracting(Contact::email)
                .containsExactly("oncall-spine-second@spinepath.local");
        assertThat(roster.contactsAt(immediate, 2)).extracting(Contact::email)
                .containsExactly("consultant-spine@spinepath.local");
        assertThat(roster.contactsAt(immediate, 7)).extracting(Contact::email)
                .containsExactly("consultant-spine@spinepath.local");
    }

    @Test
    void aRouteThatWasRemovedFromTheRosterEscalatesThroughTheFallback() {
        assertThat(roster.contactsAt(List.of("retired-route"), 1)).extracting(Contact::email)
                .containsExactly("oncall-spine-second@spinepath.local");
    }

    @Test
    void aFallbackThatNamesNoRouteIsRefusedAtStart() {
        assertThatThrownBy(() -> new Roster(TestConfig.notificationConfig(
                Map.of("spinepath.notification.fallback-route", "nobody"))))
                .hasMessageContaining("fallback-route names no route: nobody");
    }
}
