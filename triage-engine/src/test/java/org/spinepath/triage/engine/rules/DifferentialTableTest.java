package org.spinepath.triage.engine.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.spinepath.triage.engine.Cases.evaluate40;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.spinepath.triage.engine.Differential;
import org.spinepath.triage.engine.DifferentialCategory;
import org.spinepath.triage.engine.Pathway;

class DifferentialTableTest {

    static Differential differential(String presentationFields) {
        return evaluate40("'presentation':{" + presentationFields + "}").differential();
    }

    static Map<DifferentialCategory, Integer> scores(String presentationFields) {
        return differential(presentationFields).scores();
    }

    @Test
    void theTableHasTheTenFeaturesOfSection5() {
        assertEquals(10, DifferentialTable.ROWS.size());
        assertEquals(java.util.List.of("onset", "localization", "symmetry", "intensity", "neurological symptoms",
                "morning stiffness", "pain with rest", "pain with activity", "night pain", "systemic signs"),
                DifferentialTable.ROWS.stream().map(DifferentialTable.Row::feature).toList());
    }

    @Test
    void aTypicalMechanicalPresentation() {
        Differential d = evaluate40("'presentation':{'onset':'ACUTE','localization':'DIFFUSE','symmetry':'UNILATERAL',"
                + "'painIntensity':5,'morningStiffnessMinutes':10,'painWithRest':'BETTER','painWithActivity':'WORSE',"
                + "'nightPain':'POSITIONAL','sciatica':'UNILATERAL'},'systemic':{'fever':false}").differential();
        assertEquals(DifferentialCategory.MECHANICAL, d.category());
        assertEquals(Map.of(DifferentialCategory.MECHANICAL, 9, DifferentialCategory.INFLAMMATORY, 2,
                DifferentialCategory.SOFT_TISSUE, 3, DifferentialCategory.FOCAL_INFILTRATIVE, 1), d.scores());
    }

    @Test
    void aTypicalInflammatoryPresentation() {
        assertEquals(DifferentialCategory.INFLAMMATORY, differential("'onset':'SUBACUTE','symmetry':'BILATERAL',"
                + "'morningStiffnessMinutes':60,'painWithRest':'WORSE','painWithActivity':'BETTER','nightPain':'MODERATE'").category());
    }

    @Test
    void aTypicalSoftTissuePresentation() {
        assertEquals(DifferentialCategory.SOFT_TISSUE, evaluate40("'presentation':{'onset':'SUBACUTE','symmetry':'GENERALIZED',"
                + "'painIntensity':5,'nightPain':'MODERATE','localization':'DIFFUSE'},'systemic':{'weightLoss':false}")
                .differential().category());
    }

    @Test
    void intensity6IsModerateAnd7IsSevere() {
        Map<DifferentialCategory, Integer> six = scores("'painIntensity':6");
        assertEquals(1, six.get(DifferentialCategory.INFLAMMATORY));
        assertEquals(1, six.get(DifferentialCategory.SOFT_TISSUE));
        assertEquals(0, six.get(DifferentialCategory.FOCAL_INFILTRATIVE));
        Map<DifferentialCategory, Integer> seven = scores("'painIntensity':7");
        assertEquals(0, seven.get(DifferentialCategory.INFLAMMATORY));
        assertEquals(1, seven.get(DifferentialCategory.FOCAL_INFILTRATIVE));
        assertEquals(0, scores("'painIntensity':3").values().stream().mapToInt(Integer::intValue).sum(), "mild matches nothing");
    }

    @Test
    void morningStiffness30IsMechanical31IsInflammatoryNoneIsFocal() {
        assertEquals(1, scores("'morningStiffnessMinutes':30").get(DifferentialCategory.MECHANICAL));
        assertEquals(0, scores("'morningStiffnessMinutes':30").get(DifferentialCategory.INFLAMMATORY));
        assertEquals(1, scores("'morningStiffnessMinutes':31").get(DifferentialCategory.INFLAMMATORY));
        assertEquals(0, scores("'morningStiffnessMinutes':31").get(DifferentialCategory.MECHANICAL));
        assertEquals(1, scores("'morningStiffnessMinutes':0").get(DifferentialCategory.FOCAL_INFILTRATIVE));
        assertEquals(0, scores("'morningStiffnessMinutes':0").get(DifferentialCategory.MECHANICAL));
    }

    @Test
    void tiesGoToTheMoreDangerous() {
        assertEquals(DifferentialCategory.FOCAL_INFILTRATIVE, differential("'symmetry':'UNILATERAL'").category(),
                "unilateral: mechanical 1, focal infiltrative 1");
        assertEquals(DifferentialCategory.INFLAMMATORY, differential("'painIntensity':5").category(),
                "moderate: inflammatory 1, soft tissue 1");
        assertEquals(DifferentialCategory.FOCAL_INFILTRATIVE, differential("'localization':'FOCAL','onset':'SUBACUTE'").category(),
                "focal infiltrative 1, inflammatory 1, soft tissue 1");
        assertEquals(DifferentialCategory.INFLAMMATORY, differential("'localization':'DIFFUSE'").category(),
                "diffuse: mechanical, inflammatory and soft tissue 1 each");
    }

    @Test
    void unknownFeaturesScoreNothingAndNoEvidenceMeansNoCategory() {
        Differential d = differential("'painIntensity':null");
        assertEquals(Map.of(DifferentialCategory.MECHANICAL, 0, DifferentialCategory.INFLAMMATORY, 0,
                DifferentialCategory.SOFT_TISSUE, 0, DifferentialCategory.FOCAL_INFILTRATIVE, 0), d.scores());
        assertNull(d.category());
        assertEquals(Pathway.MECHANICAL_BACK_PAIN, evaluate40("'presentation':{'painIntensity':3}").pathway());
    }

    @Test
    void neurologicalSymptomsPresentAbsentOrUnknown() {
        assertEquals(1, evaluate40("'presentation':{'sciatica':'UNILATERAL'}").differential().scores().get(DifferentialCategory.MECHANICAL));
        Map<DifferentialCategory, Integer> absent = evaluate40("'presentation':{'sciatica':'NONE'}").differential().scores();
        assertEquals(1, absent.get(DifferentialCategory.INFLAMMATORY));
        assertEquals(1, absent.get(DifferentialCategory.FOCAL_INFILTRATIVE));
        assertEquals(0, evaluate40("'neurology':{'reflexChanges':null}").differential().scores().get(DifferentialCategory.INFLAMMATORY));
    }

    @Test
    void systemicSignsPresentAbsentOrUnknown() {
        Map<DifferentialCategory, Integer> present = evaluate40("'systemic':{'nightSweats':true}").differential().scores();
        assertEquals(1, present.get(DifferentialCategory.INFLAMMATORY));
        assertEquals(0, present.get(DifferentialCategory.FOCAL_INFILTRATIVE), "variable");
        Map<DifferentialCategory, Integer> absent = evaluate40("'systemic':{'fever':false}").differential().scores();
        assertEquals(1, absent.get(DifferentialCategory.MECHANICAL));
        assertEquals(1, absent.get(DifferentialCategory.SOFT_TISSUE));
        assertEquals(0, evaluate40("'systemic':{'fever':null}").differential().scores().get(DifferentialCategory.MECHANICAL));
    }

    @Test
    void rigorsAreNotASystemicSignOfTheTableAndVersion2NeurologyIsANeurologicalSymptom() {
        assertEquals(0, evaluate40("'presentation':{'painIntensity':2},'systemic':{'rigors':true}").differential().scores()
                .get(DifferentialCategory.INFLAMMATORY));
        assertEquals(Map.of(DifferentialCategory.MECHANICAL, 1, DifferentialCategory.INFLAMMATORY, 0,
                DifferentialCategory.SOFT_TISSUE, 0, DifferentialCategory.FOCAL_INFILTRATIVE, 0),
                evaluate40("'presentation':{'painIntensity':2},'neurology':{'gaitDisturbance':true}").differential().scores());
        assertEquals(Map.of(DifferentialCategory.MECHANICAL, 0, DifferentialCategory.INFLAMMATORY, 1,
                DifferentialCategory.SOFT_TISSUE, 1, DifferentialCategory.FOCAL_INFILTRATIVE, 1),
                evaluate40("'presentation':{'painIntensity':2},'neurology':{'postVoidResidualMl':50}").differential().scores(),
                "a residual below 200 ml is recorded as no neurological finding");
    }
}
