package org.spinepath.notification.domain;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the red flags of pathways.md section 4 are called in a message, so that the subject of an
 * email says what the recipient is being asked to act on. A flag this version does not know is
 * named after its code, never dropped.
 */
public final class RedFlags {

    private static final Map<String, String> DESCRIPTIONS = Map.of(
            "CAUDA_EQUINA", "suspected cauda equina syndrome",
            "CORD_COMPRESSION", "suspected spinal cord compression",
            "PROGRESSIVE_NEURO_DEFICIT", "progressive neurological deficit",
            "SPINAL_METASTATIC_COMPRESSION", "metastatic spinal cord compression",
            "VASCULAR_EMERGENCY", "suspected leaking aortic aneurysm \u2014 vascular emergency",
            "DISC_SEQUESTRATION", "sequestered disc",
            "MALIGNANCY", "suspected spinal malignancy",
            "INFECTION", "suspected spinal infection");

    private RedFlags() {
    }

    public static String describe(String flag) {
        String known = DESCRIPTIONS.get(flag);
        return known != null ? known : flag.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** The flags in the order given, described and joined: what a referral is about. */
    public static String headline(List<FlagFindings> flags) {
        return flags.stream().map(f -> describe(f.flag())).distinct().collect(Collectors.joining("; "));
    }
}
