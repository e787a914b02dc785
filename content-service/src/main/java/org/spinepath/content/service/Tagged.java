package org.spinepath.content.service;

/** A response body with its entity tag, for conditional GET. */
public record Tagged<T>(T body, String etag) {
}
