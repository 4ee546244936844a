package nl.cookiekeur.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.cookiekeur.consent.DailyChoices;

/** Counts a site's recorded choices per day and action, for the web app's consent page. */
final class ChoiceCounts {
    private ChoiceCounts() {}

    static List<DailyChoices> perDay(Connection c, String siteId, LocalDate from, LocalDate to, ZoneId zone)
            throws SQLException {
        Map<LocalDate, EnumMap<ConsentAction, Long>> days = new TreeMap<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            days.put(day, new EnumMap<>(ConsentAction.class));
        }
        long start = from.atStartOfDay(zone).toInstant().toEpochMilli();
        long end = to.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
        try (PreparedStatement select = c.prepareStatement("SELECT received_at, action FROM consent_record"
                + " WHERE site_id = ? AND received_at >= ? AND received_at < ?")) {
            select.setString(1, siteId);
            select.setLong(2, start);
            select.setLong(3, end);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    LocalDate day = LocalDate.ofInstant(Instant.ofEpochMilli(rows.getLong(1)), zone);
                    EnumMap<ConsentAction, Long> counts = days.get(day);
                    ConsentAction action =
                            ConsentAction.fromWire(rows.getString(2)).orElse(null);
                    if (counts != null && action != null) {
                        counts.merge(action, 1L, Long::sum);
                    }
                }
            }
        }
        List<DailyChoices> result = new ArrayList<>();
        days.forEach((day, n) -> result.add(new DailyChoices(
                day,
                n.getOrDefault(ConsentAction.ACCEPT_ALL, 0L),
                n.getOrDefault(ConsentAction.REJECT_ALL, 0L),
                n.getOrDefault(ConsentAction.CUSTOM, 0L),
                n.getOrDefault(ConsentAction.WITHDRAW, 0L))));
        return result;
    }
}
