package org.spinepath.triage.engine.model;

public record Systemic(Boolean fever, Boolean weightLoss, Boolean nightSweats) {
}
