package org.spinepath.content.service;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;

import org.spinepath.content.service.ArticleContent.SectionContent;
import org.spinepath.content.service.ArticleContent.VariantContent;

/**
 * A fingerprint of what readers see in a version (credits, evidence statement and both variants),
 * independent of the order the variants were given in. The change note is editorial metadata and
 * does not count.
 */
public final class ContentHash {

    private ContentHash() {
    }

    public static String of(ArticleContent content) {
        MessageDigest digest = sha256();
        field(digest, content.author());
        field(digest, content.sourceDate() == null ? "" : content.sourceDate().toString());
        field(digest, content.source());
        field(digest, content.evidenceStrength());
        content.variants().stream().sorted(Comparator.comparing(VariantContent::audience)).forEach(variant -> {
            field(digest, variant.audience().code());
            field(digest, variant.title());
            for (SectionContent section : variant.sections()) {
                field(digest, section.anchor());
                field(digest, section.heading());
                field(digest, section.body());
            }
        });
        return HexFormat.of().formatHex(digest.digest());
    }

    /** A short strong validator for HTTP caching, built from the parts that change what a response shows. */
    public static String tag(Object... parts) {
        MessageDigest digest = sha256();
        for (Object part : parts) {
            field(digest, String.valueOf(part));
        }
        return HexFormat.of().formatHex(digest.digest(), 0, 16);
    }

    /** Length-prefixed, so that ("ab", "c") and ("a", "bc") differ. */
    private static void field(MessageDigest digest, String value) {
        byte[] bytes = (value == null ? "" : value).getBytes(UTF_8);
        digest.update((bytes.length + ":").getBytes(UTF_8));
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
