package org.spinepath.notification.service;

/** A person on the roster: who a referral email goes to. */
public record Contact(String name, String email) {
}
