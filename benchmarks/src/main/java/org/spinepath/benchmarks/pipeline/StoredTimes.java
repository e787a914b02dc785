package org.spinepath.benchmarks.pipeline;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The stages only the services' databases record, read once per step after the load (never
 * polled for timing): intake's {@code triaged_at} (set in the transaction that applies
 * {@code triage.completed}, so the result is visible to GET a commit later), notification's
 * {@code referral.created_at}, and the {@code delivered_at} of a referral's first email delivery,
 * which notification stamps once the SMTP server has accepted the message.
 */
final class StoredTimes implements AutoCloseable {

    private final Connection intake;
    private final Connection notification;

    StoredTimes(Settings settings) throws SQLException {
        intake = DriverManager.getConnection(settings.jdbcBase() + "intake", settings.dbUser(), settings.dbPassword());
        notification = DriverManager.getConnection(settings.jdbcBase() + "notification", settings.dbUser(),
                settings.dbPassword());
    }

    void fill(List<Sample> samples) throws SQLException {
        Map<String, Sample> byId = samples.stream().filter(s -> s.caseId != null)
                .collect(Collectors.toMap(s -> s.caseId, Function.identity(), (a, b) -> a));
        if (byId.isEmpty()) {
            return;
        }
        String[] ids = byId.keySet().toArray(String[]::new);
        try (PreparedStatement q = intake.prepareStatement("select id::text, "
                + "(extract(epoch from triaged_at) * 1000000)::bigint from patient_case "
                + "where id = any(?::uuid[]) and triaged_at is not null")) {
            q.setArray(1, array(intake, ids));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    byId.get(rs.getString(1)).result = rs.getLong(2);
                }
            }
        }
        try (PreparedStatement q = notification.prepareStatement("select r.case_id::text, "
                + "(extract(epoch from min(r.created_at)) * 1000000)::bigint, "
                + "(extract(epoch from min(d.delivered_at)) * 1000000)::bigint from referral r "
                + "left join referral_delivery d on d.referral_id = r.id and d.channel = 'EMAIL' "
                + "where r.case_id = any(?::uuid[]) group by r.case_id")) {
            q.setArray(1, array(notification, ids));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    Sample s = byId.get(rs.getString(1));
                    s.referralStored = rs.getLong(2);
                    s.email = rs.getLong(3);
                }
            }
        }
    }

    /** How many of these cases' referrals have their first email accepted by the SMTP server. */
    int emailsDelivered(List<String> caseIds) throws SQLException {
        if (caseIds.isEmpty()) {
            return 0;
        }
        try (PreparedStatement q = notification.prepareStatement("select count(distinct r.case_id) from referral r "
                + "join referral_delivery d on d.referral_id = r.id and d.channel = 'EMAIL' "
                + "where r.case_id = any(?::uuid[]) and d.delivered_at is not null")) {
            q.setArray(1, array(notification, caseIds.toArray(String[]::new)));
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    int intakeTriaged(List<String> caseIds) throws SQLException {
        if (caseIds.isEmpty()) {
            return 0;
        }
        try (PreparedStatement q = intake.prepareStatement(
                "select count(*) from patient_case where id = any(?::uuid[]) and triaged_at is not null")) {
            q.setArray(1, array(intake, caseIds.toArray(String[]::new)));
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static Array array(Connection c, String[] ids) throws SQLException {
        return c.createArrayOf("text", ids);
    }

    @Override
    public void close() throws SQLException {
        intake.close();
        notification.close();
    }
}
