package org.spinepath.content.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word-level diff of two texts, as a reviewer reads it: runs of unchanged, deleted and inserted
 * text that, concatenated, give back the old text (EQUAL + DELETE) and the new text (EQUAL +
 * INSERT). Based on the longest common subsequence of tokens, where a token is a word, a run of
 * whitespace, or a single punctuation mark.
 */
public final class TextDiff {

    /** Above this many token pairs the table would cost too much memory; the texts are then shown as replaced. */
    static final long MAX_CELLS = 4_000_000L;

    private static final Pattern TOKEN = Pattern.compile("\\w+|\\s+|[^\\w\\s]", Pattern.UNICODE_CHARACTER_CLASS);

    public enum Op {
        EQUAL,
        DELETE,
        INSERT
    }

    public record Edit(Op op, String text) {
    }

    private TextDiff() {
    }

    public static List<Edit> diff(String before, String after) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        List<Edit> edits = new ArrayList<>();
        if ((long) a.size() * b.size() > MAX_CELLS) {
            add(edits, Op.DELETE, before);
            add(edits, Op.INSERT, after);
            return edits;
        }
        int n = a.size();
        int m = b.size();
        // lcs[i][j] = length of the longest common subsequence of a[i..] and b[j..]
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (a.get(i).equals(b.get(j))) {
                add(edits, Op.EQUAL, a.get(i++));
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                add(edits, Op.DELETE, a.get(i++));
            } else {
                add(edits, Op.INSERT, b.get(j++));
            }
        }
        while (i < n) {
            add(edits, Op.DELETE, a.get(i++));
        }
        while (j < m) {
            add(edits, Op.INSERT, b.get(j++));
        }
        return edits;
    }

    /** Whether the diff changes anything. */
    public static boolean changed(List<Edit> edits) {
        return edits.stream().anyMatch(e -> e.op() != Op.EQUAL);
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text == null ? "" : text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    /** Appends text, merging it into the previous edit when that has the same operation. */
    private static void add(List<Edit> edits, Op op, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (!edits.isEmpty() && edits.get(edits.size() - 1).op() == op) {
            Edit last = edits.remove(edits.size() - 1);
            edits.add(new Edit(op, last.text() + text));
        } else {
            edits.add(new Edit(op, text));
        }
    }
}
