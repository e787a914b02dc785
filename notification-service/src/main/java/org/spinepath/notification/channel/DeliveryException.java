package org.spinepath.notification.channel;

/** A delivery the receiver did not accept. A permanent failure is not retried. */
public class DeliveryException extends Exception {

    private final boolean permanent;

    public DeliveryException(String message, boolean permanent) {
        super(message);
        this.permanent = permanent;
    }

    public DeliveryException(String message, Throwable cause) {
        super(message, cause);
        this.permanent = false;
    }

    public boolean permanent() {
        return permanent;
    }
}
