package org.spinepath.portal.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

import org.junit.jupiter.api.Test;

class LiveAudienceTest {

    private static final LiveEvents.Signal IMMEDIATE = new LiveEvents.Signal("c1", "referral", Set.of("immediate"));
    private static final LiveEvents.Signal VASCULAR = new LiveEvents.Signal("c2", "referral", Set.of("vascular"));
    private static final LiveEvents.Signal RESULT = new LiveEvents.Signal("c1", "result", Set.of());

    private static String token(String claims) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".signature";
    }

    @Test
    void onCallStaffHearOnlyReferralsSentToTheirRoutes() {
        LiveAudience vascularOnly = new LiveAudience(false, LiveAudience.routes(token(
                "{\"spinepath_groups\":[\"/oncall/vascular\",\"/teams/neurosurgery\"]}")));
        assertThat(vascularOnly.oncallRoutes()).containsExactly("vascular");
        assertThat(vascularOnly.hearsReferral(VASCULAR)).isTrue();
        assertThat(vascularOnly.hearsReferral(IMMEDIATE)).isFalse();
        assertThat(vascularOnly.hearsReferral(RESULT)).isFalse();
    }

    @Test
    void aReferralEventWithoutRoutesReachesNoOnCallStaffButTheAdministratorHearsEveryReferral() {
        LiveEvents.Signal unrouted = new LiveEvents.Signal("c3", "referral", null);
        LiveAudience everyRoute = new LiveAudience(false, Set.of("immediate", "vascular"));
        assertThat(everyRoute.hearsReferral(unrouted)).isFalse();
        LiveAudience admin = new LiveAudience(true, Set.of());
        assertThat(admin.hearsReferral(unrouted)).isTrue();
        assertThat(admin.hearsReferral(IMMEDIATE)).isTrue();
        assertThat(admin.hearsReferral(RESULT)).isFalse();
    }

    @Test
    void aClinicianOrAnUnreadableTokenHasNoRoutes() {
        assertThat(LiveAudience.routes(token("{\"spinepath_groups\":[\"/teams/spinal-orthopaedics\",\"/oncall/\"]}")))
                .isEmpty();
        assertThat(LiveAudience.routes("opaque-token")).isEmpty();
        assertThat(LiveAudience.routes("a.%%%.b")).isEmpty();
        assertThat(LiveAudience.routes(null)).isEmpty();
        assertThat(new LiveAudience(false, Set.of()).hearsReferral(IMMEDIATE)).isFalse();
    }
}
