package org.spinepath.triage.engine.v1.model;

public record History(
        Boolean cancerHistory,
        String cancerType,
        Boolean ivDrugUse,
        Boolean immunosuppression,
        Boolean osteoporosis,
        Boolean longTermSteroids,
        Trauma recentTrauma,
        Boolean tuberculosisExposure) {
}
