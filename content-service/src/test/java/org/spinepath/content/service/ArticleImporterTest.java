package org.spinepath.content.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.spinepath.content.domain.ArticleStatus;
import org.spinepath.content.domain.ArticleVersion;
import org.spinepath.content.domain.WorkflowAction;
import org.spinepath.content.domain.WorkflowEvent;
import org.spinepath.testing.KafkaTestResource;
import org.spinepath.testing.KeycloakTestResource;
import org.spinepath.testing.PostgresTestResource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The bundled articles are in the database after start-up, once, approved and dated as their sources. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "content"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(value = KeycloakTestResource.class, initArgs = @ResourceArg(name = "client", value = "content-service"))
class ArticleImporterTest {

    @Inject
    ArticleImporter importer;

    @Test
    void startUpImportedEveryBundledVersionAsApprovedAndDatedAsItsSource() {
        List<ArticleImporter.Bundled> bundled = ArticleImporter.readCatalogue("articles/catalogue.txt");
        assertThat(bundled).hasSize(10);
        QuarkusTransaction.requiringNew().run(() -> {
            for (ArticleImporter.Bundled b : bundled) {
                ArticleVersion stored = ArticleVersion.find(b.slug(), b.version()).orElseThrow();
                assertThat(stored.status).as(b.slug()).isEqualTo(ArticleStatus.APPROVED);
                assertThat(stored.sourceDate).isEqualTo(b.content().sourceDate());
                assertThat(stored.approvedAt).isEqualTo(Instant.parse(b.content().sourceDate() + "T00:00:00Z"));
                assertThat(stored.contentHash).isEqualTo(ContentHash.of(b.content()));
                assertThat(WorkflowEvent.of(stored)).extracting(e -> e.action).containsExactly(WorkflowAction.IMPORT);
            }
        });
    }

    @Test
    void importingAgainAddsNothing() {
        long before = QuarkusTransaction.requiringNew().call(() -> ArticleVersion.count());

        assertThat(importer.importAll()).isZero();

        assertThat(QuarkusTransaction.requiringNew().call(() -> ArticleVersion.count())).isEqualTo(before);
    }
}
