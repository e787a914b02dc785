package org.spinepath.notification.channel.fhir;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;

/**
 * Validates resources against the FHIR R4 base specification with HAPI's instance validator.
 * The validator loads the whole R4 specification, so it is built on first use: a service without
 * the FHIR channel never pays for it.
 */
@ApplicationScoped
public class FhirValidation {

    private final FhirContext context = FhirContext.forR4Cached();
    private volatile FhirValidator validator;

    public FhirContext context() {
        return context;
    }

    /**
     * Loads the specification in the background, so that the first referral does not wait for
     * it (it takes seconds).
     */
    public void warmUpInBackground(IBaseResource sample) {
        Thread.ofPlatform().name("fhir-validator-warm-up").daemon().start(() -> errors(sample));
    }

    /**
     * The errors (severity ERROR or FATAL) the validator finds; empty when the resource is valid
     * R4. One validation at a time: a referral arriving during the warm-up waits for it instead
     * of loading the specification a second time.
     */
    public synchronized List<String> errors(IBaseResource resource) {
        ValidationResult result = validator().validateWithResult(resource);
        return result.getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .map(FhirValidation::describe)
                .toList();
    }

    private static String describe(SingleValidationMessage message) {
        return message.getLocationString() + ": " + message.getMessage();
    }

    private FhirValidator validator() {
        FhirValidator current = validator;
        if (current == null) {
            synchronized (this) {
                current = validator;
                if (current == null) {
                    ValidationSupportChain support = new ValidationSupportChain(
                            new DefaultProfileValidationSupport(context),
                            new CommonCodeSystemsTerminologyService(context),
                            new InMemoryTerminologyServerValidationSupport(context),
                            new SnapshotGeneratingValidationSupport(context));
                    current = context.newValidator().registerValidatorModule(new FhirInstanceValidator(support));
                    validator = current;
                }
            }
        }
        return current;
    }
}
