package nl.cookiekeur.knowledge.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import nl.cookiekeur.classification.Retention;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RetentionTextTest {

    @ParameterizedTest(name = "{0} = {1} {2}")
    @CsvSource({
        "1 year, 1, YEARS",
        "2 Years, 2, YEARS",
        "13 months, 13, MONTHS",
        "400 days, 400, DAYS",
        "2 weeks, 2, WEEKS",
        "30 minutes, 30, MINUTES",
        "30 mins, 30, MINUTES",
        "90 sec, 90, SECONDS",
        "24 hours, 24, HOURS",
        "0 days, 0, DAYS",
        "'1 year (in some countries, the period may be longer)', 1, YEARS",
        "6 months after last activity, 6, MONTHS",
        "'13 months by default, modifiable', 13, MONTHS",
        "session to 30 days, 30, DAYS",
        "1 week to 1 year, 1, YEARS",
        "60 days till 3650 days, 3650, DAYS"
    })
    void readsFixedDurations(String text, long amount, ChronoUnit unit) {
        assertThat(RetentionText.parse(text))
                .isEqualTo(Retention.of(unit.getDuration().multipliedBy(amount)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"session", "Session", "sessions", "session cookie", "End of session (browser)"})
    void readsSessionRetention(String text) {
        assertThat(RetentionText.parse(text)).isEqualTo(Retention.session());
    }

    @ParameterizedTest
    @ValueSource(strings = {"persistent", "Forever", "unlimited", "permanent", "no expiration"})
    void readsPersistentRetention(String text) {
        assertThat(RetentionText.parse(text)).isEqualTo(Retention.persistent());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "unknown",
                "varies",
                "",
                "local storage",
                "10 nov 2030",
                "1 hour or longer",
                "30 minutes, 3w or 1y depending on value",
                "14 days if you select remember me when logging in. otherwise, session.",
                "12 fortnights"
            })
    void keepsUnreadableTextAsUnknown(String text) {
        assertThat(RetentionText.parse(text)).isEqualTo(Retention.unknown(text.strip()));
    }

    @org.junit.jupiter.api.Test
    void monthsAndYearsUseAverageCalendarLengths() {
        Retention thirteenMonths = RetentionText.parse("13 months");
        assertThat(((Retention.Fixed) thirteenMonths).duration()).isEqualTo(Duration.ofSeconds(13 * 2_629_746L));
    }
}
