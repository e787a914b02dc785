package org.spinepath.common.events;

/**
 * Kafka topics and CloudEvent types of the platform. Every event is keyed by the case id (or the
 * article slug for content events) so one subject's events stay ordered. The JSON schema of each
 * event's data lives in docs/events/.
 */
public final class Topics {

    public static final String CASE_SUBMITTED = "case.submitted";
    public static final String TRIAGE_COMPLETED = "triage.completed";
    public static final String REFERRAL_REQUESTED = "referral.requested";
    public static final String REFERRAL_EVENTS = "referral.events";
    public static final String CONTENT_PUBLISHED = "content.published";
    public static final String CONTENT_RETRACTED = "content.retracted";
    /** FHIR R4 AuditEvents of every act on patient data, keyed by case id (or user, for a search). */
    public static final String AUDIT_EVENTS = "audit.events";
    /** Break-glass access, for information governance to review. */
    public static final String SECURITY_ALERTS = "security.alerts";

    /** Suffix of the dead-letter topic a consumer sends a message to when it cannot process it. */
    public static final String DEAD_LETTER_SUFFIX = ".dlq";

    public static final String TYPE_PREFIX = "org.spinepath.";

    private Topics() {
    }

    /** The CloudEvent type of the events carried on a topic, e.g. {@code org.spinepath.case.submitted}. */
    public static String typeOf(String topic) {
        return TYPE_PREFIX + topic;
    }
}
