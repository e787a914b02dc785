package org.spinepath.content.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A section of a variant, addressed by its anchor: the unit a citation points to and a search
 * returns. Its body is Markdown. The table also holds a generated full-text vector (heading
 * weighted above body) that only the search query reads.
 */
@Entity
@Table(name = "article_section")
public class ArticleSection extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "variant_id", nullable = false)
    public ArticleVariant variant;

    @Column(nullable = false, length = 100)
    public String anchor;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false, length = 300)
    public String heading;

    @Column(nullable = false, columnDefinition = "text")
    public String body;
}
