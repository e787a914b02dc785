package org.spinepath.triage.engine;

import java.util.List;

/**
 * One group of the red-flag screen: answered when every question of the group is known (true or false);
 * the questions left unknown; and those of them that, set alone to their positive value, would raise the
 * urgency or add a flag.
 */
public record RedFlagGroupScreen(RedFlagGroup group, boolean answered, List<String> unanswered, List<String> wouldChangeResult) {

    public RedFlagGroupScreen {
        unanswered = List.copyOf(unanswered);
        wouldChangeResult = List.copyOf(wouldChangeResult);
    }
}
