package org.spinepath.notification.domain;

/** A person on the roster: who a referral email goes to. */
public record Contact(String name, String email) {
}
