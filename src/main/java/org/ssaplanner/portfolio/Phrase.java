package org.ssaplanner.portfolio;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * A piece of text for users as a message code with its arguments (texts are in {@code i18n/portfolio.properties},
 * never built in English in Java): the reason line of a recommendation, a priority's derivation, a rule's conditions,
 * the effect of a cut. Rendered by the templates ({@code portfolio/fragments :: phrases}) and the downloads. Kept in a
 * text column as {@link #encode(List)}: phrases apart by a record separator, code and arguments by a unit separator.
 * A text stored before phrases existed reads back as one phrase without code ({@code text}), shown as it is.
 */
public record Phrase(String code, List<String> args, String text) {

    private static final char RECORD = '\u001e';
    private static final char UNIT = '\u001f';

    public Phrase {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static Phrase of(String code, Object... args) {
        return new Phrase(code, Arrays.stream(args).map(a -> a == null ? "" : clean(String.valueOf(a))).toList(), null);
    }

    /** The arguments for {@code #messages.msgWithParams} and {@code MessageSource}. */
    public Object[] arguments() {
        return args.toArray();
    }

    public static String encode(List<Phrase> phrases) {
        StringBuilder text = new StringBuilder();
        for (Phrase phrase : phrases) {
            if (!text.isEmpty()) {
                text.append(RECORD);
            }
            text.append(phrase.code() == null ? "" : phrase.code());
            for (String arg : phrase.args()) {
                text.append(UNIT).append(arg);
            }
        }
        return text.toString();
    }

    public static List<Phrase> decode(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        if (text.indexOf(RECORD) < 0 && text.indexOf(UNIT) < 0 && !text.matches("portfolio\\.[A-Za-z0-9_.]+")) {
            return List.of(new Phrase(null, List.of(), text));
        }
        List<Phrase> phrases = new ArrayList<>();
        for (String record : text.split(String.valueOf(RECORD), -1)) {
            String[] units = record.split(String.valueOf(UNIT), -1);
            phrases.add(new Phrase(units[0], List.of(units).subList(1, units.length), null));
        }
        return phrases;
    }

    /** The phrases in words, apart by {@code separator}; a phrase without code as its text. */
    public static String render(MessageSource messages, Locale locale, List<Phrase> phrases, String separator) {
        StringBuilder text = new StringBuilder();
        for (Phrase phrase : phrases) {
            if (!text.isEmpty()) {
                text.append(separator);
            }
            text.append(phrase.code() == null ? phrase.text()
                    : messages.getMessage(phrase.code(), phrase.arguments(), phrase.code(), locale));
        }
        return text.toString();
    }

    private static String clean(String value) {
        return value.replace(RECORD, ' ').replace(UNIT, ' ');
    }
}
