package org.spinepath.content.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The text of one version for one audience. */
@Entity
@Table(name = "article_variant")
public class ArticleVariant extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "version_id", nullable = false)
    public ArticleVersion articleVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Audience audience;

    @Column(nullable = false, length = 300)
    public String title;

    @OneToMany(mappedBy = "variant", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<ArticleSection> sections = new ArrayList<>();

    public Optional<ArticleSection> section(String anchor) {
        return sections.stream().filter(s -> s.anchor.equals(anchor)).findFirst();
    }
}
