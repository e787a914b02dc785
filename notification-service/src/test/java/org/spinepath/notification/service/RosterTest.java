package org.spinepath.notification.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.spinepath.notification.domain.Contact;
import org.spinepath.notification.domain.FlagFindings;
import org.spinepath.notification.domain.ReferralLevel;
import org.spinepath.notification.domain.Team;
import org.spinepath.notification.support.TestConfig;

/** The on-call roster of application.properties routes each referral as pathways.md section 8 says. */
class RosterTest {

    private final Roster roster = new Roster(TestConfig.notificationConfig());

    private static List<FlagFindings> flags(String... names) {
        return Arrays.stream(names).map(n -> new FlagFindings(n, List.of("finding"))).toList();
    }

    @Test
    void everyImmediateReferralGoesToTheOnCallSpinalSurgeon() {
        for (String flag : List.of("CAUDA_EQUINA", "CORD_COMPRESSION", "PROGRESSIVE_NEURO_DEFICIT",
                "DISC_SEQUESTRATION")) {
            assertThat(roster.routesFor(ReferralLevel.IMMEDIATE, flags(flag))).containsExactly("immediate");
        }
        assertThat(roster.contactsAt(List.of("immediate"), 0))
                .containsExactly(new Contact("On-call spinal surgeon", "oncall-spine@spinepath.local"));
    }

    @Test
    void metastaticCordCompressionGoesToTheCoordinatorAndTheSpinalSurgeon() {
        List<String> routes = roster.routesFor(ReferralLevel.IMMEDIATE, flags("SPINAL_METASTATIC_COMPRESSION"));

        assertThat(routes).containsExactly("metastatic-compression");
        assertThat(roster.contactsAt(routes, 0)).containsExactly(
                new Contact("Metastatic spinal cord compression coordinator (acute oncology)",
                        "mscc-coordinator@spinepath.local"),
                new Contact("On-call spinal surgeon", "oncall-spine@spinepath.local"));
        assertThat(roster.contactsAt(routes, 1)).extracting(Contact::name)
                .containsExactly("Acute oncology consultant on call");
        assertThat(roster.contactsAt(routes, 2)).extracting(Contact::name)
                .containsExactly("Consultant spinal surgeon on call");
    }

    @Test
    void aVascularEmergencyGoesToTheEmergencyDepartmentAndTheVascularSurgeonNotToSpinalSurgery() {
        List<String> routes = roster.routesFor(ReferralLevel.IMMEDIATE, flags("VASCULAR_EMERGENCY"));

        assertThat(routes).containsExactly("vascular");
        assertThat(roster.contactsAt(routes, 0)).containsExactly(
                new Contact("Emergency department", "emergency-department@spinepath.local"),
                new Contact("On-call vascular surgeon", "oncall-vascular@spinepath.local"));
        assertThat(roster.contactsAt(routes, 1)).extracting(Contact::email)
                .containsExactly("consultant-vascular@spinepath.local");
        assertThat(roster.contactsAt(routes, 5)).extracting(Contact::email)
                .containsExactly("consultant-vascular@spinepath.local");
    }

    @Test
    void aReferralReachesTheUnionOfTheRoutesOfItsFlagsEachContactOnce() {
        List<FlagFindings> flags = flags("CAUDA_EQUINA", "SPINAL_METASTATIC_COMPRESSION");
        List<String> routes = roster.routesFor(ReferralLevel.IMMEDIATE, flags);

        assertThat(routes).containsExactly("immediate", "metastatic-compression");
        assertThat(roster.contactsAt(routes, 0)).extracting(Contact::email)
                .containsExactly("oncall-spine@spinepath.local", "mscc-coordinator@spinepath.local");
        assertThat(roster.teamsAt(routes, ReferralLevel.IMMEDIATE, flags, 0))
                .extracting(Team::route, Team::flags)
                .containsExactly(tuple("immediate", List.of("CAUDA_EQUINA")),
                        tuple("metastatic-compression",
                                List.of("SPINAL_METASTATIC_COMPRESSION")));
        assertThat(roster.contactsAt(routes, 1)).extracting(Contact::email).containsExactly(
                "oncall-spine-second@spinepath.local", "acute-oncology-consultant@spinepath.local");
    }

    @Test
    void aFlagNoRouteTakesAddsTheFallbackRouteBesideTheRoutesOfTheOthers() {
        List<FlagFindings> flags = flags("VASCULAR_EMERGENCY", "SOMETHING_NEW");
        List<String> routes = roster.routesFor(ReferralLevel.IMMEDIATE, flags);

        assertThat(routes).containsExactly("immediate", "vascular");
        assertThat(roster.teamsAt(routes, ReferralLevel.IMMEDIATE, flags, 0)).extracting(Team::flags)
                .containsExactly(List.of("SOMETHING_NEW"), List.of("VASCULAR_EMERGENCY"));
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
