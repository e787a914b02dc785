package org.spinepath.triage.engine.model;

/**
 * The history. {@code recentBacterialInfection} and {@code recentSpinalProcedure} cover the last three
 * months; {@code cancerHistory} is any cancer except non-melanoma skin cancer.
 */
public record History(
        Boolean cancerHistory,
        String cancerType,
        Boolean ivDrugUse,
        Boolean immunosuppression,
        Boolean osteoporosis,
        Boolean longTermSteroids,
        Trauma recentTrauma,
        Boolean tuberculosisExposure,
        Boolean recentBacterialInfection,
        Boolean recentSpinalProcedure,
        Boolean diabetes,
        Boolean knownAorticAneurysm) {
}
