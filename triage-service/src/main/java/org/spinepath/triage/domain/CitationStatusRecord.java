package org.spinepath.triage.domain;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.spinepath.triage.engine.catalogue.Citation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * What the content service last said about one citation the engine can emit. Rows are written by
 * {@link org.spinepath.triage.service.CitationStatuses} with upserts that keep the newest news.
 */
@Entity
@Table(name = "citation_status")
@IdClass(CitationStatusRecord.Key.class)
public class CitationStatusRecord extends PanacheEntityBase {

    /** The cited version is approved and has the section. */
    public static final String RESOLVED = "RESOLVED";
    public static final String RETRACTED = "RETRACTED";
    public static final String UNKNOWN_SECTION = "UNKNOWN_SECTION";
    /** Nothing is known yet about the cited version itself (only about the article's current version). */
    public static final String UNCHECKED = "UNCHECKED";

    @Id
    @Column(name = "article_slug")
    public String articleSlug;

    @Id
    @Column(name = "cited_version")
    public int citedVersion;

    @Id
    @Column(name = "section")
    public String section;

    public Boolean resolves;

    @Column(nullable = false, length = 30)
    public String status;

    @Column(length = 1000)
    public String detail;

    @Column(name = "current_version")
    public Integer currentVersion;

    @Column(nullable = false, length = 40)
    public String source;

    @Column(name = "checked_at", nullable = false)
    public Instant checkedAt;

    public Citation citation() {
        return new Citation(articleSlug, citedVersion, section);
    }

    /** The primary key: the citation. */
    public static class Key implements Serializable {

        public String articleSlug;
        public int citedVersion;
        public String section;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && citedVersion == key.citedVersion
                    && Objects.equals(articleSlug, key.articleSlug) && Objects.equals(section, key.section);
        }

        @Override
        public int hashCode() {
            return Objects.hash(articleSlug, citedVersion, section);
        }
    }
}
