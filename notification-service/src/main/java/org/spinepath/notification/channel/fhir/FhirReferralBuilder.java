package org.spinepath.notification.channel.fhir;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Date;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;
import org.spinepath.notification.channel.Dispatch;
import org.spinepath.notification.domain.Contact;
import org.spinepath.notification.domain.FlagFindings;
import org.spinepath.notification.domain.RedFlags;
import org.spinepath.notification.domain.ReferralLevel;
import org.spinepath.notification.domain.Team;

/**
 * Builds the FHIR R4 form of a referral: a {@code ServiceRequest} (the referral) and a
 * {@code Task} (the work of taking it), in a transaction Bundle. Both carry the referral's
 * identifier and are conditional creates on it ({@code ifNoneExist}), so the FHIR server itself
 * drops the copy a retry sends. The Bundle is the same bytes on every attempt. The ServiceRequest
 * names the teams the referral was routed to (a category per route, the roster's contacts as
 * performers) and a reason per flag, so a receiving system sees which service is asked to act and
 * why: a suspected leaking aortic aneurysm goes to vascular surgery, not to spinal surgery.
 */
public final class FhirReferralBuilder {

    public static final String REFERRAL_SYSTEM = "urn:spinepath:referral";
    public static final String TASK_SYSTEM = "urn:spinepath:referral-task";
    public static final String CASE_SYSTEM = "urn:spinepath:case";
    public static final String FLAG_SYSTEM = "https://spinepath.org/fhir/CodeSystem/red-flag";
    public static final String ROUTE_SYSTEM = "https://spinepath.org/fhir/CodeSystem/referral-route";
    private static final String SNOMED = "http://snomed.info/sct";

    private FhirReferralBuilder() {
    }

    public static Bundle transaction(Dispatch dispatch) {
        Dispatch.Referral referral = dispatch.referral();
        String referralId = referral.id().toString();
        String serviceRequestUrl = "urn:uuid:" + derivedUuid(referralId, "ServiceRequest");
        String taskUrl = "urn:uuid:" + derivedUuid(referralId, "Task");

        ServiceRequest request = serviceRequest(dispatch);
        Task task = task(dispatch, serviceRequestUrl);

        Bundle bundle = new Bundle();
        bundle.setType(Bundle.BundleType.TRANSACTION);
        bundle.addEntry().setFullUrl(serviceRequestUrl).setResource(request).getRequest()
                .setMethod(Bundle.HTTPVerb.POST).setUrl("ServiceRequest")
                .setIfNoneExist("identifier=" + REFERRAL_SYSTEM + "|" + referralId);
        bundle.addEntry().setFullUrl(taskUrl).setResource(task).getRequest()
                .setMethod(Bundle.HTTPVerb.POST).setUrl("Task")
                .setIfNoneExist("identifier=" + TASK_SYSTEM + "|" + referralId);
        return bundle;
    }

    static ServiceRequest serviceRequest(Dispatch dispatch) {
        Dispatch.Referral referral = dispatch.referral();
        ServiceRequest request = new ServiceRequest();
        request.addIdentifier(new Identifier().setSystem(REFERRAL_SYSTEM).setValue(referral.id().toString()));
        request.setStatus(ServiceRequest.ServiceRequestStatus.ACTIVE);
        request.setIntent(ServiceRequest.ServiceRequestIntent.ORDER);
        request.addCategory(new CodeableConcept(new Coding(SNOMED, "3457005", "Patient referral")));
        for (Team team : dispatch.teams()) {
            request.addCategory(new CodeableConcept(new Coding().setSystem(ROUTE_SYSTEM).setCode(team.route())
                    .setDisplay(team.title())).setText(team.title()));
        }
        request.setPriority(referral.level() == ReferralLevel.IMMEDIATE ? ServiceRequest.ServiceRequestPriority.STAT
                : ServiceRequest.ServiceRequestPriority.ASAP);
        Set<String> performers = new LinkedHashSet<>();
        dispatch.teams().forEach(t -> t.contacts().stream().map(Contact::name).forEach(performers::add));
        request.setCode(new CodeableConcept().setText((referral.level() == ReferralLevel.IMMEDIATE
                ? "Immediate referral" : "Referral without delay") + ": " + RedFlags.headline(referral.flags())
                + (performers.isEmpty() ? "" : ", to " + String.join("; ", performers))));
        performers.forEach(name -> request.addPerformer(new Reference().setType("PractitionerRole").setDisplay(name)));
        request.setSubject(caseReference(referral.caseId()));
        request.setAuthoredOn(Date.from(referral.triagedAt()));
        for (FlagFindings flag : referral.flags()) {
            request.addReasonCode(new CodeableConcept(new Coding().setSystem(FLAG_SYSTEM).setCode(flag.flag())
                    .setDisplay(RedFlags.describe(flag.flag())))
                    .setText(flag.flag() + (flag.stage() == null ? "" : " (stage " + flag.stage() + ")")
                            + (flag.findings().isEmpty() ? "" : ": " + String.join(", ", flag.findings()))));
        }
        request.addNote().setText("Recommended action: " + referral.recommendedAction());
        request.addNote().setText("Case in SpinePath: " + referral.caseLink());
        return request;
    }

    static Task task(Dispatch dispatch, String serviceRequestUrl) {
        Dispatch.Referral referral = dispatch.referral();
        Task task = new Task();
        task.addIdentifier(new Identifier().setSystem(TASK_SYSTEM).setValue(referral.id().toString()));
        task.setStatus(Task.TaskStatus.REQUESTED);
        task.setIntent(Task.TaskIntent.ORDER);
        task.setPriority(referral.level() == ReferralLevel.IMMEDIATE ? Task.TaskPriority.STAT
                : Task.TaskPriority.ASAP);
        task.setCode(new CodeableConcept(new Coding("http://hl7.org/fhir/CodeSystem/task-code", "fulfill",
                "Fulfill the focal request")));
        task.setDescription(referral.recommendedAction());
        task.setFocus(new Reference(serviceRequestUrl));
        task.addBasedOn(new Reference(serviceRequestUrl));
        task.setFor(caseReference(referral.caseId()));
        task.setAuthoredOn(Date.from(referral.createdAt()));
        if (!dispatch.contacts().isEmpty()) {
            task.setOwner(new Reference().setDisplay(dispatch.contacts().get(0).name()));
        }
        return task;
    }

    /**
     * The case, by identifier only: the referral carries the case reference and no patient data,
     * so the receiving system resolves the patient through the case link.
     */
    private static Reference caseReference(UUID caseId) {
        return new Reference().setType("Patient")
                .setIdentifier(new Identifier().setSystem(CASE_SYSTEM).setValue(caseId.toString()))
                .setDisplay("SpinePath case " + caseId);
    }

    private static UUID derivedUuid(String referralId, String resourceType) {
        return UUID.nameUUIDFromBytes((resourceType + "/" + referralId).getBytes(UTF_8));
    }
}
