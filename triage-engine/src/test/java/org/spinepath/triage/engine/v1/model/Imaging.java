package org.spinepath.triage.engine.v1.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

public record Imaging(
        List<@NotNull @Valid SchmorlNode> schmorlNodes,
        @Valid DiscHerniation discHerniation,
        Boolean pedicleDisappearance,
        Boolean vertebralCollapse,
        Boolean boneDestruction,
        Boolean paravertebralAbscess,
        Boolean kyphosis,
        Boolean myelographicBlock) {
}
