package org.ssaplanner.interchange;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Formatting of SIPRI figures for templates ({@code @tiv}): TIV exactly as stored (grouped, no trailing zeros, never
 * a currency sign: TIV is a volume indicator, not money), shares in percent and changes in percentage points.
 */
@Component("tiv")
public class TivFormat {

    // DecimalFormat is not thread-safe, hence one per thread; four decimals keep every stored TIV exact
    private static final ThreadLocal<DecimalFormat> NUMBER = ThreadLocal.withInitial(() -> {
        DecimalFormat format = new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(Locale.US));
        format.setRoundingMode(RoundingMode.UNNECESSARY);
        return format;
    });

    public String format(BigDecimal tiv) {
        return tiv == null ? "" : NUMBER.get().format(tiv);
    }

    /** A share in percent ("40.4%"); a dash when there was nothing to share. */
    public String percent(BigDecimal share) {
        return share == null ? "—" : share.setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** A change of a share in percentage points ("+2.0 pp", "−3.5 pp", "0.0 pp"); a dash when a span had nothing. */
    public String change(BigDecimal points) {
        if (points == null) {
            return "—";
        }
        String value = points.abs().setScale(1, RoundingMode.HALF_UP).toPlainString();
        return (points.signum() > 0 ? "+" : points.signum() < 0 ? "−" : "") + value + " pp";
    }
}
