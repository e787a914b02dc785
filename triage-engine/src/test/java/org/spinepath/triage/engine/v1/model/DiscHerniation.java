package org.spinepath.triage.engine.v1.model;

/** A disc herniation on imaging; {@code level} is a segment such as "L4-L5". */
public record DiscHerniation(
        String level,
        HerniationType type,
        Boolean nerveRootCompression,
        Boolean canalStenosis) {
}
