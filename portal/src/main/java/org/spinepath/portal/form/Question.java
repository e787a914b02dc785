package org.spinepath.portal.form;

import java.util.List;

/**
 * One input of pathways.md section 2, named exactly as the case JSON names it ({@code path}, e.g.
 * {@code neurology.saddleAnesthesia}). The portal only asks and forwards: the answer's meaning is
 * the engine's business.
 *
 * @param redFlagGroup the red-flag question group of pathways.md section 3 this question belongs to, or null
 */
public record Question(String path, Kind kind, String label, String hint, List<String> options, String redFlagGroup) {

    public enum Kind {
        YES_NO, CHOICE, WHOLE_NUMBER, DECIMAL, TEXT
    }

    public String name() {
        return path.substring(path.lastIndexOf('.') + 1);
    }
}
