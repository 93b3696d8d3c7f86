package org.ssaplanner.shared.sheet;

import java.util.Locale;
import java.util.Optional;

/** The spreadsheet formats every list downloads in, by the suffix of its address ({@code /programs.xlsx}). */
public enum SheetFormat {

    CSV("text/csv; charset=UTF-8"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String contentType;

    SheetFormat(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    public String suffix() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SheetFormat> bySuffix(String suffix) {
        for (SheetFormat format : values()) {
            if (format.suffix().equalsIgnoreCase(suffix)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
