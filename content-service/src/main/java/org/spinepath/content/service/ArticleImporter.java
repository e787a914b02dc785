package org.spinepath.content.service;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.spinepath.content.config.ContentConfig;
import org.spinepath.content.domain.Article;
import org.spinepath.content.domain.ArticleVersion;
import org.spinepath.content.domain.Audience;
import org.spinepath.content.domain.WorkflowAction;
import org.spinepath.content.domain.WorkflowEvent;
import org.spinepath.content.messaging.ContentEvents;
import org.spinepath.content.service.ArticleContent.VariantContent;

import io.quarkus.runtime.StartupEvent;

/**
 * Loads the articles SpinePath ships with (src/main/resources/articles) at start-up. They were
 * reviewed before release, so each enters as APPROVED, dated as its source, and is announced on
 * {@code content.published}. The import is idempotent: a version already in the database is left
 * alone, and one whose bundled text has changed since is reported, never overwritten, because
 * approved versions are immutable. An advisory lock keeps two replicas starting together from
 * importing twice.
 */
@ApplicationScoped
public class ArticleImporter {

    private static final Logger LOG = Logger.getLogger(ArticleImporter.class);
    private static final String IMPORTER = "content-import";

    /** A bundled article version, read and checked. */
    public record Bundled(String slug, int version, ArticleContent content, List<String> related, String approvedBy) {
    }

    private final ContentConfig config;
    private final ContentEvents events;
    private final EntityManager em;

    public ArticleImporter(ContentConfig config, ContentEvents events, EntityManager em) {
        this.config = config;
        this.events = events;
        this.em = em;
    }

    @Transactional
    void onStart(@Observes StartupEvent startup) {
        if (config.importer().enabled()) {
            importAll();
        }
    }

    /** @return how many versions were added */
    @Transactional
    public int importAll() {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('spinepath-content-import'))").getSingleResult();
        int added = 0;
        for (Bundled bundled : readCatalogue(config.importer().catalogue())) {
            if (importOne(bundled)) {
                added++;
            }
        }
        if (added > 0) {
            LOG.infof("imported %d bundled article versions", added);
        }
        return added;
    }

    private boolean importOne(Bundled bundled) {
        ArticleVersion existing = ArticleVersion.find(bundled.slug(), bundled.version()).orElse(null);
        if (existing != null) {
            if (!existing.contentHash.equals(ContentHash.of(bundled.content()))) {
                LOG.warnf("bundled %s differs from the %s version in the database, which is kept: publish the change"
                        + " as a new version", existing.label(), existing.status);
            }
            return false;
        }
        Article article = Article.findBySlug(bundled.slug()).orElseGet(() -> {
            Article created = new Article();
            created.slug = bundled.slug();
            created.createdAt = Instant.now();
            created.related.addAll(bundled.related());
            created.persist();
            return created;
        });
        ContentRules.check(bundled.content(), EditorialService.publishedAnchors(bundled.slug()));
        ArticleVersion version = new ArticleVersion();
        version.article = article;
        version.version = bundled.version();
        version.status = WorkflowAction.IMPORT.to();
        version.createdBy = IMPORTER;
        version.createdAt = Instant.now();
        version.updatedBy = IMPORTER;
        version.updatedAt = version.createdAt;
        version.approvedBy = bundled.approvedBy();
        LocalDate dated = bundled.content().sourceDate();
        version.approvedAt = dated == null ? version.createdAt : dated.atStartOfDay(ZoneOffset.UTC).toInstant();
        VersionContent.apply(version, bundled.content());
        version.persist();

        WorkflowEvent event = new WorkflowEvent();
        event.articleVersion = version;
        event.action = WorkflowAction.IMPORT;
        event.toStatus = version.status;
        event.actor = IMPORTER;
        event.comment = bundled.content().changeNote();
        event.occurredAt = version.createdAt;
        event.persist();

        events.published(version, EditorialService.currentNumber(bundled.slug()).orElseThrow());
        return true;
    }

    /** Reads and checks every entry of a catalogue; a malformed article stops the start-up. */
    public static List<Bundled> readCatalogue(String catalogue) {
        List<Bundled> bundled = new ArrayList<>();
        String base = catalogue.contains("/") ? catalogue.substring(0, catalogue.lastIndexOf('/') + 1) : "";
        for (String line : lines(catalogue)) {
            String entry = line.strip();
            if (entry.isEmpty() || entry.startsWith("#")) {
                continue;
            }
            String[] parts = entry.split("/");
            if (parts.length != 2 || !parts[1].matches("[1-9][0-9]*")) {
                throw new IllegalStateException(catalogue + ": entry '" + entry + "' is not slug/version");
            }
            bundled.add(read(base + parts[0] + "/v" + parts[1] + "/", parts[0], Integer.parseInt(parts[1])));
        }
        return bundled;
    }

    static Bundled read(String directory, String slug, int version) {
        Properties meta = new Properties();
        try (Reader reader = new InputStreamReader(open(directory + "meta.properties"), UTF_8)) {
            meta.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + directory + "meta.properties", e);
        }
        List<VariantContent> variants = new ArrayList<>();
        for (Audience audience : Audience.values()) {
            String name = directory + audience.code() + ".md";
            variants.add(ArticleMarkdown.parse(audience, text(name), name));
        }
        String date = meta.getProperty("sourceDate");
        ArticleContent content = new ArticleContent(required(meta, "author", directory),
                date == null ? null : LocalDate.parse(date), meta.getProperty("source"),
                required(meta, "evidence", directory), meta.getProperty("changeNote"), variants);
        ContentRules.check(content, List.of());
        List<String> related = Arrays.stream(meta.getProperty("related", "").split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new Bundled(slug, version, content, related, required(meta, "approvedBy", directory));
    }

    private static String required(Properties meta, String key, String directory) {
        String value = meta.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(directory + "meta.properties: " + key + " is required");
        }
        return value.strip();
    }

    private static List<String> lines(String resource) {
        return text(resource).lines().toList();
    }

    private static String text(String resource) {
        try (InputStream in = open(resource)) {
            return new String(in.readAllBytes(), UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("bundled article resource " + resource + " is missing");
        }
        return in;
    }
}
