package org.spinepath.triage.engine.v1.catalogue;

import java.util.List;

/** Something the engine can emit under a stable rule id, with the sections it cites. */
public interface Cited {

    String id();

    List<Citation> citations();
}
