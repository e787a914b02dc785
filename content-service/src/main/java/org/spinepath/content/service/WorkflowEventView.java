package org.spinepath.content.service;

import java.time.Instant;

import org.spinepath.content.domain.ArticleStatus;
import org.spinepath.content.domain.WorkflowAction;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One entry of a version's audit trail. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WorkflowEventView(WorkflowAction action, ArticleStatus from, ArticleStatus to, String actor, String comment,
        Instant at) {
}
