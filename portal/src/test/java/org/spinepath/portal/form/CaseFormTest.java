package org.spinepath.portal.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import jakarta.ws.rs.core.MultivaluedHashMap;

import org.junit.jupiter.api.Test;

class CaseFormTest {

    private static CaseForm posted(Map<String, String> fields) {
        MultivaluedHashMap<String, String> params = new MultivaluedHashMap<>();
        fields.forEach(params::add);
        return CaseForm.from(params);
    }

    @Test
    void unknownAnswersAreLeftOutAndAnsweredOnesKeepTheirType() {
        CaseForm form = posted(Map.of(
                "patient.ageYears", "51",
                "patient.sex", "FEMALE",
                "neurology.saddleAnesthesia", "true",
                "neurology.bowelDysfunction", "false",
                "neurology.bladderDysfunction", "",
                "systemic.fever", ""));

        assertThat(form.toJson().toString()).isEqualTo(
                "{\"patient\":{\"ageYears\":51,\"sex\":\"FEMALE\"},\"neurology\":{\"saddleAnesthesia\":true,\"bowelDysfunction\":false}}");
    }

    @Test
    void aNumberThatDoesNotParseIsSentAsTypedSoTheServiceNamesTheField() {
        CaseForm form = posted(Map.of("patient.ageYears", "fifty"));

        assertThat(form.toJson().path("patient").path("ageYears").asText()).isEqualTo("fifty");
    }

    @Test
    void emptySchmorlNodeRowsAreDroppedAndTheRestRenumberedAsTheErrorsWillNameThem() {
        CaseForm form = posted(Map.of(
                "patient.ageYears", "40",
                "imaging.schmorlNodes[1].level", "L3",
                "imaging.schmorlNodes[3].sizeMm", "-3"));

        assertThat(form.nodeCount()).isEqualTo(2);
        assertThat(form.value("imaging.schmorlNodes[1].sizeMm")).isEqualTo("-3");
        assertThat(form.toJson().path("imaging").path("schmorlNodes").toString())
                .isEqualTo("[{\"level\":\"L3\"},{\"sizeMm\":-3}]");
    }

    @Test
    void serviceErrorsAreShownNextToTheirFieldAndInTheSummary() {
        CaseForm form = posted(Map.of("imaging.schmorlNodes[0].level", "L3", "imaging.schmorlNodes[1].sizeMm", "-3"));

        FormView view = FormView.of(form, Map.of("imaging.schmorlNodes[1].sizeMm", "must be greater than or equal to 0",
                "treatmentHistory", "is odd"));

        FormView.Field size = view.nodes().get(1).stream()
                .filter(f -> f.question().path().equals("imaging.schmorlNodes[1].sizeMm")).findFirst().orElseThrow();
        assertThat(size.error()).isEqualTo("must be greater than or equal to 0");
        assertThat(view.errors()).extracting(FormView.Error::href)
                .containsExactly("#f-imaging-schmorlNodes-1-sizeMm", "#case-form");
    }

    @Test
    void aRedFlagGroupIsAnsweredOnlyWhenEveryQuestionOfItIs() {
        CaseForm partly = posted(Map.of("systemic.abdominalPain", "false", "history.knownAorticAneurysm", "false"));
        CaseForm fully = posted(Map.of("systemic.abdominalPain", "false", "history.knownAorticAneurysm", "false",
                "systemic.syncopeOrHypotension", "false"));

        assertThat(partly.groupAnswered(CaseQuestions.VASCULAR)).isFalse();
        assertThat(partly.unansweredIn(CaseQuestions.VASCULAR)).extracting(Question::name)
                .containsExactly("syncopeOrHypotension");
        assertThat(fully.groupAnswered(CaseQuestions.VASCULAR)).isTrue();
    }
}
