package org.spinepath.triage.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The ruleset version must change whenever a rule, a text or a cited version changes. The fingerprint is a
 * SHA-256 over the engine's main sources with comments and layout removed (so reformatting or rewording a
 * comment does not count, but any change to code, data, text or citation does). When this test fails after
 * a deliberate change: bump {@link TriageEngine#RULESET_VERSION} and append "version fingerprint" to
 * src/test/resources/ruleset-fingerprints.txt (the history is append-only: versions and fingerprints never repeat).
 */
class RulesetFingerprintTest {

    @Test
    void theVersionChangesWithTheRules() throws Exception {
        List<String[]> history = Files.readAllLines(Path.of("src", "test", "resources", "ruleset-fingerprints.txt")).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> l.split("\\s+")).toList();
        assertEquals(history.size(), history.stream().map(e -> e[0]).distinct().count(), "a version is never reused");
        assertEquals(history.size(), history.stream().map(e -> e[1]).distinct().count(), "a fingerprint is never reused");
        String[] latest = history.getLast();
        String fingerprint = fingerprint(Path.of("src", "main", "java"));
        assertEquals(latest[1] + " @ " + latest[0], fingerprint + " @ " + TriageEngine.RULESET_VERSION,
                "the rules changed: bump TriageEngine.RULESET_VERSION and append the new version and fingerprint "
                        + "to ruleset-fingerprints.txt");
    }

    @Test
    void commentsAndLayoutDoNotCountButCodeDoes() {
        String code = "int a = 1; // one\n/* block */ String s = \"// not a comment\";";
        assertEquals(normalise(code), normalise("int a = 1;\n\n   String s = \"// not a comment\"; /** doc */"));
        assertEquals("int a = 1; String s = \"// not a comment\";", normalise(code));
        assertEquals(false, normalise(code).equals(normalise(code.replace("1", "2"))));
    }

    static String fingerprint(Path root) throws IOException, NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        List<Path> sources;
        try (Stream<Path> files = Files.walk(root)) {
            sources = files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        for (Path source : sources) {
            digest.update(root.relativize(source).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(normalise(Files.readString(source)).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Java source without comments, with every run of whitespace outside literals collapsed to one space. */
    static String normalise(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        int n = source.length();
        boolean pendingSpace = false;
        while (i < n) {
            char c = source.charAt(i);
            if (c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
                while (i < n && source.charAt(i) != '\n') {
                    i++;
                }
                pendingSpace = true;
            } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                pendingSpace = true;
            } else if (Character.isWhitespace(c)) {
                pendingSpace = true;
                i++;
            } else {
                if (pendingSpace && !out.isEmpty()) {
                    out.append(' ');
                }
                pendingSpace = false;
                if (c == '"' || c == '\'') {
                    int start = i;
                    boolean textBlock = c == '"' && source.startsWith("\"\"\"", i);
                    i += textBlock ? 3 : 1;
                    while (i < n) {
                        char d = source.charAt(i);
                        if (d == '\\') {
                            i += 2;
                        } else if (textBlock ? source.startsWith("\"\"\"", i) : d == c) {
                            i += textBlock ? 3 : 1;
                            break;
                        } else {
                            i++;
                        }
                    }
                    out.append(source, start, Math.min(i, n));
                } else {
                    out.append(c);
                    i++;
                }
            }
        }
        return out.toString();
    }
}
