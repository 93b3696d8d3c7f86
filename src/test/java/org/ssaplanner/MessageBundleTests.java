package org.ssaplanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The message bundles read as English: a message with arguments goes through MessageFormat, so a lone
 * apostrophe in it would vanish (the plan's became plans); counts are pluralised with the choice format, never
 * with (s).
 */
class MessageBundleTests {

    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    @Test
    void messagesWithArgumentsDoubleTheirApostrophesAndParse() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (var entry : allMessages()) {
            String text = entry[1];
            if (!ARGUMENT.matcher(text).find()) {
                continue;
            }
            if (LONE_APOSTROPHE.matcher(text).find()) {
                wrong.add(entry[0] + ": a lone apostrophe (MessageFormat drops it; write '')");
            }
            try {
                new MessageFormat(text, Locale.US);
            } catch (IllegalArgumentException e) {
                wrong.add(entry[0] + ": not a valid MessageFormat pattern");
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void noMessagePluralisesWithParentheses() throws IOException {
        assertThat(allMessages().stream().filter(m -> m[1].contains("(s)")).map(m -> m[0]).toList())
                .as("plurals go through the choice format").isEmpty();
    }

    @Test
    void countsReadAsEnglishForOneAndForMany() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages", "i18n/plans", "i18n/programs", "i18n/evaluations", "i18n/interchange",
                "i18n/compliance", "i18n/accounts", "i18n/securitylog", "i18n/authorities");
        messages.setDefaultEncoding("UTF-8");
        assertThat(text(messages, "plan.toc.gap.programs", 1)).isEqualTo("1 program that serves no outcome");
        assertThat(text(messages, "plan.toc.gap.programs", 3)).isEqualTo("3 programs that serve no outcome");
        assertThat(text(messages, "summary.missingTargets", 1)).isEqualTo("1 period has no target.");
        assertThat(text(messages, "evidence.outcome.missing", 2)).isEqualTo("2 outcomes have no evidence yet.");
        assertThat(text(messages, "country.sectors.other", 79)).isEqualTo("Show the other 79 DAC purposes");
        assertThat(text(messages, "country.more.accounts", 1)).isEqualTo("Show 1 more funding account");
        assertThat(text(messages, "country.overall.rows", 4399L)).isEqualTo("(4,399 rows)");
        assertThat(text(messages, "user.mfa.passkeys", 1)).isEqualTo("1 passkey");
        assertThat(text(messages, "authority.notification.days", 15)).isEqualTo("15 days before obligation");
        assertThat(text(messages, "section.compliance.plan.blocking.active", 1)).startsWith("1 active program has");
        assertThat(text(messages, "section.compliance.plan.blocking.active", 2)).startsWith("2 active programs have");
        assertThat(messages.getMessage("report.total", new Object[] {1, 1, 100}, Locale.US))
                .isEqualTo("1 of 1 program (100%) has outcome or impact evidence.");
        assertThat(messages.getMessage("funding.help", new Object[] {2027, 2029}, Locale.US))
                .startsWith("The plan covers FY2027–FY2029; each line's fiscal year must fall within it.");
    }

    private static String text(ResourceBundleMessageSource messages, String key, Object count) {
        return messages.getMessage(key, new Object[] {count}, Locale.US);
    }

    /** Every key and text of messages.properties and the module bundles. */
    private static List<String[]> allMessages() throws IOException {
        List<String[]> all = new ArrayList<>();
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        List<Resource> bundles = new ArrayList<>(List.of(resolver.getResources("classpath:i18n/*.properties")));
        bundles.add(resolver.getResource("classpath:messages.properties"));
        assertThat(bundles).hasSizeGreaterThan(5);
        for (Resource bundle : bundles) {
            Properties properties = new Properties();
            try (InputStream in = bundle.getInputStream()) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            properties.forEach((key, value) -> all.add(new String[] {bundle.getFilename() + " " + key, (String) value}));
        }
        return all;
    }
}
