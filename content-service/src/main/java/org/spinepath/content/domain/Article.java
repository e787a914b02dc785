package org.spinepath.content.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An article: a stable slug under which its versions are published. */
@Entity
@Table(name = "article")
public class Article extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true, length = 100)
    public String slug;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Slugs of the articles a reader is pointed to next, in the order they are shown. */
    @ElementCollection
    @CollectionTable(name = "article_relation", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "position")
    @Column(name = "related_slug", nullable = false, length = 100)
    public List<String> related = new ArrayList<>();

    public static Optional<Article> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }
}
