package org.spinepath.triage.engine.v1.model;

public record Systemic(Boolean fever, Boolean weightLoss, Boolean nightSweats) {
}
