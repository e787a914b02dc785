package org.spinepath.content.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** How a query is cut into words before PostgreSQL sees it. */
class SearchQueryTest {

    private final SearchService search = new SearchService(null);

    @Test
    void eachWordBecomesAGroupOfItsSpellings() {
        assertThat(search.groups("  Saddle   ANAESTHESIA ")).containsExactly(Set.of("saddle"),
                Set.of("anaesthesia", "anesthesia"));
    }

    @Test
    void innerHyphensStayAndSurroundingPunctuationGoes() {
        assertThat(search.groups("\"HLA-B27\"?")).containsExactly(Set.of("hla-b27"));
        assertThat(search.groups("(oedema), --")).containsExactly(Set.of("oedema", "edema"));
    }

    @Test
    void repeatedWordsCountOnceAndLongQueriesAreCut() {
        assertThat(search.groups("disc Disc DISC")).hasSize(1);
        List<Set<String>> groups = search.groups("a b c d e f g h i j k l m n o p");
        assertThat(groups).hasSize(SearchService.MAX_TERMS);
    }
}
