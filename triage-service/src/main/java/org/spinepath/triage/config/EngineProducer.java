package org.spinepath.triage.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.spinepath.triage.engine.TriageEngine;

public class EngineProducer {

    /** The engine is a pure, thread-safe function: one instance serves every request and event. */
    @Produces
    @ApplicationScoped
    TriageEngine engine() {
        return new TriageEngine();
    }
}
