package org.ssaplanner.shared.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Formatting helpers for templates ({@code @fmt}): one way to show times and money everywhere. */
@Component("fmt")
public class DisplayFormat {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private static final DateTimeFormatter DATE_TIME_SECONDS = DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    /** To the second, for logs. */
    public String dateTimeSeconds(Instant instant) {
        return instant == null ? "" : DATE_TIME_SECONDS.format(instant);
    }

    // looking up a currency format costs more than formatting with it (a money-heavy page formats hundreds of
    // amounts); NumberFormat is not thread-safe, hence one per thread
    private static final ThreadLocal<NumberFormat> USD = ThreadLocal
            .withInitial(() -> NumberFormat.getCurrencyInstance(Locale.US));

    public String usd(BigDecimal amount) {
        return amount == null ? "" : USD.get().format(amount);
    }
}
