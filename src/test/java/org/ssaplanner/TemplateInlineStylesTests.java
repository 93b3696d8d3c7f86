package org.ssaplanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The content security policy allows styles from the application's own files only ({@code style-src 'self'}), so the
 * browser ignores a {@code style} attribute: a progress bar drawn with {@code th:style} stayed empty on /portfolio.
 * No template may carry one; classes in css/app.css or elements such as {@code <progress>} do the same job.
 */
class TemplateInlineStylesTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern STYLE_ATTRIBUTE = Pattern.compile("\\s(th:)?style\\s*=", Pattern.CASE_INSENSITIVE);

    @Test
    void noTemplateHasAnInlineStyleTheSecurityPolicyWouldBlock() throws IOException {
        List<String> offenders;
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            offenders = files.filter(f -> f.toString().endsWith(".html"))
                    .flatMap(f -> lines(f).stream().filter(l -> STYLE_ATTRIBUTE.matcher(l).find())
                            .map(l -> TEMPLATES.relativize(f) + ": " + l.strip()))
                    .toList();
        }
        assertThat(offenders).isEmpty();
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
