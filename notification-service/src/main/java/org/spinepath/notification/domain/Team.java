package org.spinepath.notification.domain;

import java.util.List;

/**
 * One route of the roster as a referral reaches it: the team it stands for, which of the
 * referral's flags brought the referral there, and who of that team is messaged at the current
 * escalation level.
 */
public record Team(String route, String title, List<String> flags, List<Contact> contacts) {
}
