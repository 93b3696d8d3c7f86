package org.ssaplanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every resource reaches the application jar. Maven's jar plugin leaves files named {@code package.html} out by
 * default (they were Javadoc's package descriptions): a template of that name works in the tests, which read
 * target/classes, and answers HTTP 500 in the jar (the concurrence package's PDF did).
 */
class PackagedResourcesTests {

    @Test
    void noResourceHasANameTheJarLeavesOut() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources"))) {
            List<Path> leftOut = files.filter(f -> f.getFileName().toString().equals("package.html")).toList();
            assertThat(leftOut).as("resources the jar would not contain").isEmpty();
        }
    }
}
