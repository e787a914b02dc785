package org.spinepath.portal.client;

/** A service could not be reached or failed: the user gets a 503 page naming it, never a stack trace. */
public class BackendUnavailable extends RuntimeException {

    private final String service;

    public BackendUnavailable(String service, Throwable cause) {
        super(service + " is not available", cause);
        this.service = service;
    }

    public String service() {
        return service;
    }
}
