package org.spinepath.triage.engine.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spinepath.triage.engine.Cases.evaluate40;
import static org.spinepath.triage.engine.Cases.flag;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.spinepath.triage.engine.Cases;
import org.spinepath.triage.engine.DifferentialCategory;
import org.spinepath.triage.engine.Flag;
import org.spinepath.triage.engine.Pathway;
import org.spinepath.triage.engine.ReferralLevel;
import org.spinepath.triage.engine.TriageResult;
import org.spinepath.triage.engine.Urgency;

class MalignancyRuleTest {

    /** Focal infiltrative features, six of them: gradual, focal, midline, severe, unchanged by rest and by activity. */
    static final String FOCAL_SIX = "'presentation':{'onset':'GRADUAL','localization':'FOCAL','symmetry':'MIDLINE',"
            + "'painIntensity':8,'painWithRest':'UNCHANGED','painWithActivity':'UNCHANGED'}";
    static final String FOCAL_FIVE = "'presentation':{'onset':'GRADUAL','localization':'FOCAL','symmetry':'MIDLINE',"
            + "'painIntensity':8,'painWithRest':'UNCHANGED'}";

    static void assertMalignancy(TriageResult result, String... findings) {
        assertEquals(Urgency.URGENT, result.urgency());
        assertEquals(Pathway.SERIOUS_PATHOLOGY_REFERRAL, result.pathway());
        assertEquals(ReferralLevel.WITHOUT_DELAY, result.referral().level());
        assertEquals(List.of(Flag.MALIGNANCY), result.referral().flags());
        assertTrue(flag(result, Flag.MALIGNANCY).findings().containsAll(List.of(findings)),
                () -> flag(result, Flag.MALIGNANCY).findings().toString());
    }

    @ParameterizedTest(name = "imaging or lab {0}")
    @ValueSource(strings = {
            "'imaging':{'pedicleDisappearance':true}|pedicleDisappearance",
            "'imaging':{'boneDestruction':true}|boneDestruction",
            "'labs':{'serumProteinElectrophoresisPeak':true}|serumProteinElectrophoresisPeak",
            "'labs':{'psaElevated':true}|psaElevated"})
    void imagingAndLabFindingsAlone(String spec) {
        String[] parts = spec.split("\\|");
        assertMalignancy(evaluate40("'presentation':{'painIntensity':4}," + parts[0]), parts[1]);
    }

    @Test
    void vertebralCollapseNeedsACancerHistory() {
        assertMalignancy(evaluate40("'history':{'cancerHistory':true},'imaging':{'vertebralCollapse':true}"),
                "vertebralCollapse", "cancerHistory");
        assertFalse(evaluate40("'history':{'cancerHistory':false},'imaging':{'vertebralCollapse':true}").hasFlag(Flag.MALIGNANCY));
        assertFalse(evaluate40("'imaging':{'vertebralCollapse':true}").hasFlag(Flag.MALIGNANCY));
    }

    @ParameterizedTest(name = "cancer history with {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "'presentation':{'progressivePain':true}           | progressivePain",
            "'presentation':{'painWithRest':'UNCHANGED'}         | painWithRest=UNCHANGED",
            "'presentation':{'painWithRest':'WORSE'}             | painWithRest=WORSE",
            "'presentation':{'nightPain':'SEVERE'}               | nightPain=SEVERE",
            "'presentation':{'localizedBoneTenderness':true}   | localizedBoneTenderness",
            "'systemic':{'weightLoss':true}                    | weightLoss",
            "'labs':{'esrMmPerHour':26}                        | esrMmPerHour=26 (>25)",
            "'labs':{'alkalinePhosphataseElevated':true}       | alkalinePhosphataseElevated"})
    void cancerHistoryWithACompanion(String section, String finding) {
        assertMalignancy(evaluate40("'history':{'cancerHistory':true}," + section), "cancerHistory", finding);
    }

    @Test
    void cancerHistoryAloneOrWithBenignFeaturesIsNot() {
        assertFalse(evaluate40("'history':{'cancerHistory':true},'presentation':{'painIntensity':5}").hasFlag(Flag.MALIGNANCY));
        assertFalse(evaluate40("'history':{'cancerHistory':true},'presentation':{'painWithRest':'BETTER',"
                + "'nightPain':'MODERATE'},'labs':{'esrMmPerHour':25}").hasFlag(Flag.MALIGNANCY));
    }

    @Test
    void weightLossWithoutCancerHistoryNeedsAgeAbove55OrSevereNightPainOrPainUnchangedOrWorseAtRest() {
        assertMalignancy(Cases.ENGINE.evaluate(Cases.aged(56, "'systemic':{'weightLoss':true}")), "weightLoss", "ageYears=56 (>55)");
        assertFalse(Cases.ENGINE.evaluate(Cases.aged(55, "'systemic':{'weightLoss':true}")).hasFlag(Flag.MALIGNANCY));
        assertMalignancy(evaluate40("'history':{'cancerHistory':false},'presentation':{'nightPain':'SEVERE'},"
                + "'systemic':{'weightLoss':true}"), "weightLoss", "nightPain=SEVERE");
        assertMalignancy(evaluate40("'presentation':{'painWithRest':'UNCHANGED'},'systemic':{'weightLoss':true}"),
                "weightLoss", "painWithRest=UNCHANGED");
        assertMalignancy(evaluate40("'presentation':{'painWithRest':'WORSE'},'systemic':{'weightLoss':true}"),
                "weightLoss", "painWithRest=WORSE");
        assertFalse(evaluate40("'systemic':{'weightLoss':true}").hasFlag(Flag.MALIGNANCY));
    }

    @Test
    void focalInfiltrativeScoreSixWithoutInfectionSignIsMalignancy() {
        TriageResult six = evaluate40(FOCAL_SIX);
        assertEquals(6, six.differential().scores().get(DifferentialCategory.FOCAL_INFILTRATIVE));
        assertMalignancy(six, "focalInfiltrativeScore=6 (>=6)");
        assertFalse(six.hasFlag(Flag.INFECTION));
    }

    @Test
    void focalInfiltrativeScoreFiveIsBelowTheThreshold() {
        TriageResult five = evaluate40(FOCAL_FIVE);
        assertEquals(5, five.differential().scores().get(DifferentialCategory.FOCAL_INFILTRATIVE));
        assertFalse(five.hasFlag(Flag.MALIGNANCY));
        assertFalse(five.hasFlag(Flag.INFECTION));
        assertEquals(Urgency.SOON, five.urgency());
    }

    @Test
    void focalInfiltrativeScoreSixWithAnInfectionSignIsInfectionInstead() {
        TriageResult result = evaluate40(FOCAL_SIX + ",'history':{'ivDrugUse':true}");
        assertFalse(result.hasFlag(Flag.MALIGNANCY));
        assertTrue(flag(result, Flag.INFECTION).findings().containsAll(List.of("focalInfiltrativeScore=6 (>=6)", "ivDrugUse")));
    }

    @Test
    void theWorkUpIsRecommendedAndOrdered() {
        TriageResult result = evaluate40("'labs':{'psaElevated':true}");
        Cases.assertMentions(result, "bone scan");
        Cases.assertMentions(result, "biopsy");
        Cases.assertMentions(result, "MRI");
        Cases.assertMentions(result, "oncology");
        assertTrue(Cases.orders(result, "imaging.isotope-bone-scan"));
        assertTrue(Cases.orders(result, "imaging.xray.pedicles"));
        assertTrue(Cases.cautions(result, "caution.rest-activity-pattern"));
    }

    @ParameterizedTest(name = "cancer history with {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "'painRegion':'THORACIC'       | painRegion=THORACIC",
            "'painRegion':'CERVICAL'       | painRegion=CERVICAL",
            "'painRegion':'MULTIPLE'       | painRegion=MULTIPLE",
            "'painWorseOnStraining':true   | painWorseOnStraining"})
    void version2CancerPainFeatures(String feature, String finding) {
        assertMalignancy(evaluate40("'history':{'cancerHistory':true},'presentation':{'painIntensity':4," + feature + "}"),
                "cancerHistory", finding);
    }

    @Test
    void lumbarPainOrPainNotWorseOnStrainingIsNotAFeature() {
        assertFalse(evaluate40("'history':{'cancerHistory':true},'presentation':{'painIntensity':4,'painRegion':'LUMBAR',"
                + "'painWorseOnStraining':false}").hasFlag(Flag.MALIGNANCY));
    }

    @Test
    void theFieldsDescribingPainCountOnlyWithBackPain() {
        assertFalse(evaluate40("'history':{'cancerHistory':true},'presentation':{'painIntensity':0,'progressivePain':true,"
                + "'painRegion':'THORACIC','nightPain':'SEVERE'}").hasFlag(Flag.MALIGNANCY));
        assertMalignancy(evaluate40("'history':{'cancerHistory':true},'presentation':{'painIntensity':0,"
                + "'localizedBoneTenderness':true}"), "cancerHistory", "localizedBoneTenderness");
    }

    @Test
    void aPlainXRayForMetastasesCarriesTheGuidanceCaution() {
        TriageResult result = evaluate40("'labs':{'psaElevated':true}");
        assertTrue(Cases.cautions(result, "caution.guidance.xray-for-metastases"));
        Cases.assertMentions(result, "a normal X-ray does not exclude");
    }
}
