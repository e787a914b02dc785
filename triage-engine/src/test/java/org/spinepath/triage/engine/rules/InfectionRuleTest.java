package org.spinepath.triage.engine.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spinepath.triage.engine.Cases.evaluate40;
import static org.spinepath.triage.engine.Cases.flag;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spinepath.triage.engine.Cases;
import org.spinepath.triage.engine.Flag;
import org.spinepath.triage.engine.Pathway;
import org.spinepath.triage.engine.ReferralLevel;
import org.spinepath.triage.engine.TriageResult;
import org.spinepath.triage.engine.Urgency;

class InfectionRuleTest {

    static void assertInfection(TriageResult result, String... findings) {
        assertEquals(Urgency.URGENT, result.urgency());
        assertEquals(Pathway.SERIOUS_PATHOLOGY_REFERRAL, result.pathway());
        assertEquals(ReferralLevel.WITHOUT_DELAY, result.referral().level());
        assertTrue(flag(result, Flag.INFECTION).findings().containsAll(List.of(findings)),
                () -> flag(result, Flag.INFECTION).findings().toString());
    }

    @Test
    void positiveBloodCulture() {
        assertInfection(evaluate40("'labs':{'bloodCulturePositive':true}"), "bloodCulturePositive");
    }

    @Test
    void positiveTuberculinWithEsrAbove25KyphosisOrAbscess() {
        assertInfection(evaluate40("'labs':{'tuberculinPositive':true,'esrMmPerHour':26}"), "tuberculinPositive", "esrMmPerHour=26 (>25)");
        assertFalse(evaluate40("'labs':{'tuberculinPositive':true,'esrMmPerHour':25}").hasFlag(Flag.INFECTION));
        assertInfection(evaluate40("'labs':{'tuberculinPositive':true},'imaging':{'kyphosis':true}"), "tuberculinPositive", "kyphosis");
        assertFalse(evaluate40("'labs':{'tuberculinPositive':true}").hasFlag(Flag.INFECTION));
        assertFalse(evaluate40("'imaging':{'kyphosis':true}").hasFlag(Flag.INFECTION));
    }

    @Test
    void spinalTuberculosisGetsItsTreatment() {
        TriageResult result = evaluate40("'labs':{'tuberculinPositive':true},'imaging':{'kyphosis':true}");
        assertTrue(Cases.recommends(result, "serious.tuberculosis.treatment"));
        Cases.assertMentions(result, "anti-tuberculous chemotherapy");
        Cases.assertMentions(result, "drain");
    }

    @Test
    void feverWithEsrAbove25OrLocalizedBoneTenderness() {
        assertInfection(evaluate40("'systemic':{'fever':true},'labs':{'esrMmPerHour':26}"), "fever", "esrMmPerHour=26 (>25)");
        assertFalse(evaluate40("'systemic':{'fever':true},'labs':{'esrMmPerHour':25}").hasFlag(Flag.INFECTION));
        assertInfection(evaluate40("'systemic':{'fever':true},'presentation':{'localizedBoneTenderness':true}"),
                "fever", "localizedBoneTenderness");
        assertFalse(evaluate40("'systemic':{'fever':true}").hasFlag(Flag.INFECTION));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ivDrugUse", "immunosuppression"})
    void riskFactorWithFeverEsrOrTenderness(String risk) {
        String history = "'history':{'" + risk + "':true}";
        assertInfection(evaluate40(history + ",'labs':{'esrMmPerHour':40}"), risk, "esrMmPerHour=40 (>25)");
        assertInfection(evaluate40(history + ",'presentation':{'localizedBoneTenderness':true}"), risk, "localizedBoneTenderness");
        assertInfection(evaluate40(history + ",'systemic':{'fever':true}"), risk, "fever");
        assertFalse(evaluate40(history + ",'labs':{'esrMmPerHour':25}").hasFlag(Flag.INFECTION));
        assertFalse(evaluate40(history).hasFlag(Flag.INFECTION));
    }

    @Test
    void paravertebralAbscessAlone() {
        assertInfection(evaluate40("'imaging':{'paravertebralAbscess':true}"), "paravertebralAbscess");
    }

    @Test
    void theWorkUpIsRecommendedAndOrdered() {
        TriageResult result = evaluate40("'labs':{'bloodCulturePositive':true}");
        Cases.assertMentions(result, "technetium bone scan");
        Cases.assertMentions(result, "blood culture");
        Cases.assertMentions(result, "X-ray");
        assertTrue(Cases.orders(result, "imaging.technetium-bone-scan"));
        assertTrue(Cases.orders(result, "lab.order.blood-culture"));
        assertFalse(Cases.recommends(result, "serious.tuberculosis.treatment"));
    }

    @Test
    void malignancyAndInfectionTogetherAreOneReferralWithBothFlags() {
        TriageResult result = evaluate40("'labs':{'psaElevated':true,'bloodCulturePositive':true}");
        assertEquals(List.of(Flag.MALIGNANCY, Flag.INFECTION), result.referral().flags());
        assertTrue(Cases.recommends(result, "serious.malignancy.referral"));
        assertTrue(Cases.recommends(result, "serious.infection.referral"));
    }

    @ParameterizedTest(name = "fever with back pain and {0}")
    @ValueSource(strings = {"'history':{'ivDrugUse':true}", "'history':{'immunosuppression':true}",
            "'history':{'longTermSteroids':true}", "'history':{'diabetes':true}", "'history':{'recentBacterialInfection':true}",
            "'history':{'recentSpinalProcedure':true}", "'labs':{'crpElevated':true}"})
    void feverOrRigorsWithBackPainAndARiskFactorWithoutAnEsr(String risk) {
        assertInfection(evaluate40("'presentation':{'painIntensity':6},'systemic':{'fever':true}," + risk), "fever");
        assertInfection(evaluate40("'presentation':{'painIntensity':6},'systemic':{'rigors':true,'fever':false}," + risk), "rigors");
        assertFalse(evaluate40("'presentation':{'painIntensity':0},'systemic':{'rigors':true}," + risk).hasFlag(Flag.INFECTION),
                "the new branch needs back pain");
    }

    @Test
    void feverWithBackPainAloneIsNot() {
        assertFalse(evaluate40("'presentation':{'painIntensity':6},'systemic':{'fever':true,'rigors':true},"
                + "'history':{'diabetes':false,'recentSpinalProcedure':false},'labs':{'crpElevated':false}").hasFlag(Flag.INFECTION));
    }

    @Test
    void rigorsAndARecentInfectionOrProcedureAreInfectionSignsForTheFocalPattern() {
        for (String sign : List.of("'systemic':{'rigors':true}", "'history':{'recentBacterialInfection':true}",
                "'history':{'recentSpinalProcedure':true}")) {
            TriageResult result = evaluate40(MalignancyRuleTest.FOCAL_SIX + "," + sign);
            assertFalse(result.hasFlag(Flag.MALIGNANCY), sign);
            assertTrue(flag(result, Flag.INFECTION).findings().contains("focalInfiltrativeScore=6 (>=6)"), sign);
        }
        assertTrue(evaluate40(MalignancyRuleTest.FOCAL_SIX + ",'labs':{'crpElevated':true}").hasFlag(Flag.MALIGNANCY),
                "a raised CRP, like the ESR, points to tumour as much as to infection");
    }
}
