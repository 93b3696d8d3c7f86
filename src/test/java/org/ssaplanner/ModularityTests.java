package org.ssaplanner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.json.BasicJsonParser;
import org.springframework.boot.json.JsonParseException;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.DiagramOptions;
import org.springframework.modulith.docs.Documenter.Options;

/**
 * The modules, their APIs and allowed dependencies as the code declares them ({@code package-info.java}), verified,
 * and drawn: Spring Modulith's {@link Documenter} writes the module diagram (C4, PlantUML), one diagram per module and
 * the module canvases into {@code target/spring-modulith-docs} on every build. The overview diagram is committed as
 * {@code docs/modules/components.puml}; when the modules' arrows change, this test fails until the committed copy is
 * updated ({@code -Dssa.docs.update=true} copies it; README "Code layout" says how to render the SVG).
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(SsaPlannerApplication.class);

    static final Path GENERATED = Path.of("target", "spring-modulith-docs");

    static final Path COMMITTED = Path.of("docs", "modules", "components.puml");

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    /**
     * The canvases quote the Javadoc that spring-modulith-apt collects into {@code javadoc.json}; Modulith 2.0.3 reads
     * it with Boot's {@code BasicJsonParser}, which breaks on a comma inside straight double quotes in a method's
     * comment ({@code "a, b"}) with nothing but "Cannot parse JSON" (spring-modulith issue 1685). This test reads the
     * file the same way and names the comments that may be the cause.
     */
    @Test
    void theJavadocTheCanvasesQuoteCanBeReadByTheDocumenter() throws IOException {
        Path javadoc = Path.of("target", "generated-spring-modulith", "javadoc.json");
        assertThat(javadoc).exists();
        String json = Files.readString(javadoc);
        try {
            new BasicJsonParser().parseList(json);
        } catch (JsonParseException e) {
            Matcher comment = Pattern.compile("\"comment\":\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(json);
            List<String> suspects = new ArrayList<>();
            while (comment.find()) {
                String[] segments = comment.group(1).split("\\\\\"", -1);
                for (int i = 1; i < segments.length; i += 2) {
                    if (segments[i].contains(",")) {
                        suspects.add(comment.group(1));
                        break;
                    }
                }
            }
            fail("The module canvases cannot read the Javadoc (" + e.getMessage() + "); write \u201ctypographic "
                    + "quotes\u201d or {@code ...} instead of straight double quotes around a comma in: " + suspects);
        }
    }

    @Test
    void theCommittedModuleDiagramIsTheOneTheCodeDraws() throws IOException {
        // every module may use the open shared module: its arrows would only hide the others in the overview
        DiagramOptions overview = DiagramOptions.defaults()
                .withExclusions(module -> module.getName().equals("shared"));
        new Documenter(MODULES, Options.defaults().withOutputFolder(GENERATED.toString()))
                .writeModulesAsPlantUml(overview)
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases()
                .writeAggregatingDocument();

        Path generated = GENERATED.resolve("components.puml");
        assertThat(generated).exists();
        assertThat(Files.readString(generated)).contains("\"Programs\"", "\"Compliance\"", "\"Interchange (imports and exports)\"")
                .doesNotContain("\"Shared infrastructure\"");
        if (Boolean.getBoolean("ssa.docs.update")) {
            Files.createDirectories(COMMITTED.getParent());
            Files.copy(generated, COMMITTED, StandardCopyOption.REPLACE_EXISTING);
        }
        // compared line by line in any order: the Documenter does not promise an order of modules and arrows
        assertThat(COMMITTED).exists();
        assertThat(new TreeSet<>(Files.readAllLines(COMMITTED)))
                .as("docs/modules/components.puml is the module diagram the code draws; the modules or their arrows "
                        + "changed: run ./mvnw -q test -Dtest=ModularityTests -Dssa.docs.update=true and render the "
                        + "SVG again (README, Code layout)")
                .isEqualTo(new TreeSet<>(Files.readAllLines(generated)));
    }
}
