package org.spinepath.notification.channel.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.spinepath.notification.channel.Dispatch;
import org.spinepath.notification.domain.Channel;
import org.spinepath.notification.domain.Contact;
import org.spinepath.notification.domain.FlagFindings;
import org.spinepath.notification.domain.ReferralLevel;
import org.spinepath.notification.domain.Team;

/** The FHIR form of a referral is valid R4, as HAPI's validator judges it, and carries its idempotency key. */
class FhirReferralBuilderTest {

    private static FhirValidation validation;

    @BeforeAll
    static void loadTheR4Specification() {
        validation = new FhirValidation();
    }

    static Dispatch dispatch(ReferralLevel level, String flag, String... findings) {
        UUID referralId = UUID.randomUUID();
        return new Dispatch(UUID.randomUUID(), Channel.FHIR, "http://fhir.example/fhir",
                FhirReferralBuilder.REFERRAL_SYSTEM + "|" + referralId, 0, 1,
                new Dispatch.Referral(referralId, UUID.randomUUID(), level,
                        level == ReferralLevel.IMMEDIATE ? "EMERGENCY" : "URGENT",
                        List.of(new FlagFindings(flag, List.of(findings))),
                        "Emergency specialist referral for urgent decompression.",
                        "https://portal.spinepath.test/cases/1", "2026.1", Instant.parse("2026-11-21T08:00:00Z"),
                        Instant.parse("2026-11-21T08:00:02Z")),
                List.of(new Contact("On-call spinal surgeon", "oncall-spine@spinepath.local")),
                List.of(new Team("immediate", "On-call spinal surgery", List.of(flag),
                        List.of(new Contact("On-call spinal surgeon", "oncall-spine@spinepath.local")))));
    }

    @Test
    void anImmediateReferralIsAValidStatServiceRequestAndTask() {
        Dispatch dispatch = dispatch(ReferralLevel.IMMEDIATE, "CAUDA_EQUINA", "saddleAnesthesia",
                "bladderDysfunction=RETENTION");
        Bundle bundle = FhirReferralBuilder.transaction(dispatch);

        assertThat(validation.errors(bundle)).isEmpty();
        ServiceRequest request = (ServiceRequest) bundle.getEntry().get(0).getResource();
        Task task = (Task) bundle.getEntry().get(1).getResource();
        assertThat(validation.errors(request)).isEmpty();
        assertThat(validation.errors(task)).isEmpty();

        assertThat(request.getPriority()).isEqualTo(ServiceRequest.ServiceRequestPriority.STAT);
        assertThat(task.getPriority()).isEqualTo(Task.TaskPriority.STAT);
        assertThat(request.getIdentifierFirstRep().getSystem()).isEqualTo(FhirReferralBuilder.REFERRAL_SYSTEM);
        assertThat(request.getIdentifierFirstRep().getValue()).isEqualTo(dispatch.referral().id().toString());
        assertThat(bundle.getEntry().get(0).getRequest().getIfNoneExist())
                .isEqualTo("identifier=" + dispatch.idempotencyKey());
        assertThat(request.getReasonCodeFirstRep().getText())
                .isEqualTo("CAUDA_EQUINA: saddleAnesthesia, bladderDysfunction=RETENTION");
        assertThat(task.getFocus().getReference()).isEqualTo(bundle.getEntry().get(0).getFullUrl());
        assertThat(task.getOwner().getDisplay()).isEqualTo("On-call spinal surgeon");
    }

    @Test
    void theServiceRequestNamesTheTeamsThePerformersAndEachFlag() {
        UUID referralId = UUID.randomUUID();
        Contact coordinator = new Contact("Metastatic spinal cord compression coordinator (acute oncology)",
                "mscc-coordinator@spinepath.local");
        Contact surgeon = new Contact("On-call spinal surgeon", "oncall-spine@spinepath.local");
        Dispatch dispatch = new Dispatch(UUID.randomUUID(), Channel.FHIR, "http://fhir.example/fhir",
                FhirReferralBuilder.REFERRAL_SYSTEM + "|" + referralId, 0, 1,
                new Dispatch.Referral(referralId, UUID.randomUUID(), ReferralLevel.IMMEDIATE, "EMERGENCY",
                        List.of(new FlagFindings("CAUDA_EQUINA", "WITH_RETENTION", List.of("bladderDysfunction=RETENTION")),
                                new FlagFindings("SPINAL_METASTATIC_COMPRESSION", List.of("cancerHistory"))),
                        "Emergency MRI.", "https://portal.spinepath.test/cases/1", "2.0.0",
                        Instant.parse("2026-11-21T08:00:00Z"), Instant.parse("2026-11-21T08:00:02Z")),
                List.of(surgeon, coordinator),
                List.of(new Team("immediate", "On-call spinal surgery", List.of("CAUDA_EQUINA"), List.of(surgeon)),
                        new Team("metastatic-compression", "Metastatic spinal cord compression",
                                List.of("SPINAL_METASTATIC_COMPRESSION"), List.of(coordinator, surgeon))));
        Bundle bundle = FhirReferralBuilder.transaction(dispatch);
        ServiceRequest request = (ServiceRequest) bundle.getEntry().get(0).getResource();

        assertThat(validation.errors(bundle)).isEmpty();
        assertThat(request.getCategory()).extracting(c -> c.getCodingFirstRep().getCode())
                .containsExactly("3457005", "immediate", "metastatic-compression");
        assertThat(request.getCategory().get(2).getText()).isEqualTo("Metastatic spinal cord compression");
        assertThat(request.getPerformer()).extracting(Reference::getDisplay).containsExactly("On-call spinal surgeon",
                "Metastatic spinal cord compression coordinator (acute oncology)");
        assertThat(request.getCode().getText()).isEqualTo("Immediate referral: suspected cauda equina syndrome; "
                + "metastatic spinal cord compression, to On-call spinal surgeon; "
                + "Metastatic spinal cord compression coordinator (acute oncology)");
        assertThat(request.getReasonCode()).extracting(r -> r.getCodingFirstRep().getCode(),
                r -> r.getCodingFirstRep().getDisplay(), r -> r.getText()).containsExactly(
                        tuple("CAUDA_EQUINA", "suspected cauda equina syndrome",
                                "CAUDA_EQUINA (stage WITH_RETENTION): bladderDysfunction=RETENTION"),
                        tuple("SPINAL_METASTATIC_COMPRESSION",
                                "metastatic spinal cord compression", "SPINAL_METASTATIC_COMPRESSION: cancerHistory"));
    }

    @Test
    void aWithoutDelayReferralIsAsap() {
        Bundle bundle = FhirReferralBuilder.transaction(dispatch(ReferralLevel.WITHOUT_DELAY, "INFECTION", "fever",
                "esrMmPerHour=60"));

        assertThat(validation.errors(bundle)).isEmpty();
        assertThat(((ServiceRequest) bundle.getEntry().get(0).getResource()).getPriority())
                .isEqualTo(ServiceRequest.ServiceRequestPriority.ASAP);
        assertThat(((Task) bundle.getEntry().get(1).getResource()).getPriority()).isEqualTo(Task.TaskPriority.ASAP);
    }

    @Test
    void theSameReferralBuildsTheSameBytesOnEveryAttempt() {
        Dispatch dispatch = dispatch(ReferralLevel.IMMEDIATE, "CORD_COMPRESSION", "upperMotorNeuronSigns");
        String first = validation.context().newJsonParser().encodeResourceToString(FhirReferralBuilder.transaction(dispatch));
        String again = validation.context().newJsonParser().encodeResourceToString(FhirReferralBuilder.transaction(dispatch));

        assertThat(again).isEqualTo(first);
    }

    @Test
    void theValidatorRejectsAServiceRequestWithoutItsRequiredElements() {
        ServiceRequest incomplete = new ServiceRequest();
        incomplete.setSubject(new Reference().setDisplay("nobody"));

        assertThat(validation.errors(incomplete)).anySatisfy(error -> assertThat(error).contains("status"))
                .anySatisfy(error -> assertThat(error).contains("intent"));
    }
}
