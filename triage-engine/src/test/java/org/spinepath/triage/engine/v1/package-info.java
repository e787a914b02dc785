/**
 * The triage engine as it stood at ruleset 1.0.0 (pathways.md version 1), frozen: the oracle of
 * {@code properties.Version1CompatibilityTest}, which proves that a case using only version 1 fields gets the
 * version 1 result unless a rule that section 9 of pathways.md names as changed applies to it. Never edited;
 * it lives in test sources only and nothing in the product uses it.
 */
package org.spinepath.triage.engine.v1;
