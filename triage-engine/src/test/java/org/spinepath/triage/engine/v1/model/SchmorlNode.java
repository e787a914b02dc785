package org.spinepath.triage.engine.v1.model;

import jakarta.validation.constraints.PositiveOrZero;

/** One Schmorl's node on imaging; {@code level} is a vertebra such as "L4". */
public record SchmorlNode(
        String level,
        Endplate endplate,
        @PositiveOrZero Double sizeMm,
        Boolean boneMarrowEdema,
        Boolean modicChanges,
        Boolean posteriorExtension) {
}
