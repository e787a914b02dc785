package org.spinepath.common.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.spinepath.common.config.PlatformConfig;
import org.spinepath.common.problem.ProblemException;

class JsonBodyLimitsTest {

    private final JsonBodyLimits limits = new JsonBodyLimits(new Config(16, 100, 10_000));

    private ProblemException refused(String json) {
        return catchThrowableOfType(ProblemException.class,
                () -> limits.check(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aCaseWithinTheLimitsPasses() {
        assertThatCode(() -> limits.check("""
                {"patient":{"ageYears":40},"imaging":{"schmorlNodes":[{"sizeMm":3},{"sizeMm":4}]}}"""
                .getBytes(StandardCharsets.UTF_8))).doesNotThrowAnyException();
    }

    @Test
    void aDeeplyNestedBodyIsRefusedAtThePathWhereItGoesTooDeep() {
        String deep = "{\"a\":".repeat(17) + "1" + "}".repeat(17);
        ProblemException e = refused(deep);
        assertThat(e.problem().status()).isEqualTo(400);
        assertThat(e.problem().errors().get(0).message()).contains("deeper than 16");
        assertThat(e.problem().errors().get(0).field()).startsWith("a.a.a");
    }

    @Test
    void aLongArrayIsRefusedNamingTheArray() {
        StringBuilder nodes = new StringBuilder("{\"imaging\":{\"schmorlNodes\":[");
        for (int i = 0; i < 101; i++) {
            nodes.append(i == 0 ? "" : ",").append("{\"sizeMm\":1}");
        }
        ProblemException e = refused(nodes.append("]}}").toString());
        assertThat(e.problem().errors().get(0).field()).isEqualTo("imaging.schmorlNodes");
        assertThat(e.problem().errors().get(0).message()).isEqualTo("has more than 100 elements");
        assertThat(refused("[" + "1,".repeat(100) + "1]").problem().errors().get(0).field()).isEqualTo("body");
    }

    @Test
    void aLongStringIsRefusedNamingTheField() {
        ProblemException e = refused("{\"patient\":{\"note\":\"" + "x".repeat(10_001) + "\"}}");
        assertThat(e.problem().errors().get(0).field()).isEqualTo("patient.note");
    }

    @Test
    void aNulOrOtherControlCharacterIsRefusedButTabsAndLineBreaksPass() {
        ProblemException e = refused("{\"history\":{\"cancerType\":\"breast\\u0000\"}}");
        assertThat(e.problem().errors().get(0).field()).isEqualTo("history.cancerType");
        assertThat(e.problem().errors().get(0).message()).isEqualTo("contains a control character");
        assertThatCode(() -> limits.check("{\"note\":\"a\\tb\\nc\\r\"}".getBytes(StandardCharsets.UTF_8)))
                .doesNotThrowAnyException();
    }

    @Test
    void malformedJsonIsLeftForTheBinderToReport() {
        assertThatCode(() -> limits.check("{\"patient\":".getBytes(StandardCharsets.UTF_8)))
                .doesNotThrowAnyException();
    }

    private record Config(int depth, int arrays, int strings) implements PlatformConfig {
        @Override
        public Events events() {
            return null;
        }

        @Override
        public Outbox outbox() {
            return null;
        }

        @Override
        public Inbox inbox() {
            return null;
        }

        @Override
        public Limits limits() {
            return new Limits() {
                @Override
                public int maxBodyBytes() {
                    return 262_144;
                }

                @Override
                public int maxJsonDepth() {
                    return depth;
                }

                @Override
                public int maxArrayLength() {
                    return arrays;
                }

                @Override
                public int maxStringLength() {
                    return strings;
                }

                @Override
                public int writesPerMinute() {
                    return 60;
                }
            };
        }
    }

}
