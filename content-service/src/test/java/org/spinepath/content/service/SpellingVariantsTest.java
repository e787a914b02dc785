package org.spinepath.content.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpellingVariantsTest {

    private final SpellingVariants spelling = SpellingVariants.bundled();

    @Test
    void britishAndAmericanSpellingsFindEachOther() {
        assertThat(spelling.forms("anaesthesia")).containsExactly("anaesthesia", "anesthesia");
        assertThat(spelling.forms("Anesthesia")).containsExactly("anesthesia", "anaesthesia");
        assertThat(spelling.forms("oedema")).contains("edema");
        assertThat(spelling.forms("tumors")).contains("tumours");
        assertThat(spelling.forms("tunnelling")).contains("tunneling");
        assertThat(spelling.forms("immobilisation")).contains("immobilization");
        assertThat(spelling.forms("leucocytosis")).contains("leukocytosis");
    }

    @Test
    void aWordWithOneSpellingStaysAlone() {
        assertThat(spelling.forms("vertebroplasty")).containsExactly("vertebroplasty");
        assertThat(spelling.forms("HLA-B27")).containsExactly("hla-b27");
    }
}
