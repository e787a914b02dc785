package org.spinepath.common.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

class CloudEventCodecTest {

    record Greeting(String caseId, int count) {
    }

    private final CloudEventCodec codec = new CloudEventCodec(new ObjectMapper().registerModule(new JavaTimeModule()));

    @Test
    void anEventSurvivesTheRoundTripWithItsIdentityAndData() {
        CloudEvent event = CloudEvent.create("urn:spinepath:test", Topics.typeOf(Topics.CASE_SUBMITTED), "case-1",
                codec.toTree(Map.of("caseId", "case-1", "count", 2)));

        CloudEvent read = codec.read(codec.write(event));

        assertThat(read.id()).isEqualTo(event.id());
        assertThat(read.type()).isEqualTo("org.spinepath.case.submitted");
        assertThat(read.subject()).isEqualTo("case-1");
        assertThat(codec.data(read, Greeting.class)).isEqualTo(new Greeting("case-1", 2));
    }

    @Test
    void garbageIsPoisonNotARetryableFailure() {
        assertThatThrownBy(() -> codec.read("{not json")).isInstanceOf(PoisonMessageException.class);
        assertThatThrownBy(() -> codec.read("")).isInstanceOf(PoisonMessageException.class);
        assertThatThrownBy(() -> codec.read("{\"specversion\":\"0.3\",\"id\":\"1\",\"type\":\"t\",\"data\":{}}"))
                .isInstanceOf(PoisonMessageException.class).hasMessageContaining("specversion");
        assertThatThrownBy(() -> codec.read("{\"specversion\":\"1.0\",\"id\":\"1\",\"type\":\"t\"}"))
                .isInstanceOf(PoisonMessageException.class).hasMessageContaining("no data");
    }

    @Test
    void dataOfTheWrongShapeIsPoison() {
        CloudEvent event = codec.read("{\"specversion\":\"1.0\",\"id\":\"1\",\"type\":\"t\",\"data\":{\"count\":\"many\"}}");

        assertThatThrownBy(() -> codec.data(event, Greeting.class)).isInstanceOf(PoisonMessageException.class);
    }

    @Test
    void anUnknownEnvelopeAttributeOrDataFieldIsIgnoredEvenWhenTheRestMapperIsStrict() {
        CloudEventCodec strictApplication = new CloudEventCodec(new ObjectMapper().registerModule(new JavaTimeModule())
                .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));

        CloudEvent event = strictApplication.read("{\"specversion\":\"1.0\",\"id\":\"1\",\"type\":\"t\","
                + "\"traceparent\":\"00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01\","
                + "\"data\":{\"caseId\":\"case-1\",\"count\":3,\"addedLater\":{\"x\":1}}}");

        assertThat(strictApplication.data(event, Greeting.class)).isEqualTo(new Greeting("case-1", 3));
    }
}
