package org.spinepath.content.service;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * British and American spellings of medical words ("anaesthesia" and "anesthesia", "oedema" and
 * "edema", "tumour" and "tumor"). PostgreSQL's English stemmer does not unify them, and a synonym
 * dictionary would have to live on the database server's file system; this table lives with the
 * service instead and widens each query term to all its spellings.
 */
public final class SpellingVariants {

    /** The dictionary bundled with the service. */
    public static final String RESOURCE = "search/spelling-variants.txt";

    private record Pair(String british, String american) {
    }

    private final List<Pair> pairs;

    private SpellingVariants(List<Pair> pairs) {
        this.pairs = List.copyOf(pairs);
    }

    public static SpellingVariants bundled() {
        InputStream in = SpellingVariants.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException(RESOURCE + " is missing from the classpath");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, UTF_8))) {
            return parse(reader.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SpellingVariants parse(List<String> lines) {
        List<Pair> pairs = new ArrayList<>();
        for (String line : lines) {
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            String[] parts = text.split("\\s+");
            if (parts.length != 2) {
                throw new IllegalArgumentException("spelling pair needs exactly two words: " + line);
            }
            pairs.add(new Pair(parts[0].toLowerCase(Locale.ROOT), parts[1].toLowerCase(Locale.ROOT)));
        }
        return new SpellingVariants(pairs);
    }

    /** The term itself (lower-cased) followed by its other spellings, if any. */
    public Set<String> forms(String term) {
        String word = term.toLowerCase(Locale.ROOT);
        Set<String> forms = new LinkedHashSet<>();
        forms.add(word);
        for (Pair pair : pairs) {
            if (word.startsWith(pair.british())) {
                forms.add(pair.american() + word.substring(pair.british().length()));
            }
            if (word.startsWith(pair.american())) {
                forms.add(pair.british() + word.substring(pair.american().length()));
            }
        }
        return forms;
    }
}
