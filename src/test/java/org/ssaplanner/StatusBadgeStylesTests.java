package org.ssaplanner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.ssaplanner.authorities.AuthorityStatus;
import org.ssaplanner.authorities.WaiverStatus;
import org.ssaplanner.compliance.FindingSeverity;
import org.ssaplanner.compliance.IncidentStatus;
import org.ssaplanner.evaluations.OutcomeEvidence;
import org.ssaplanner.evaluations.ProgressStatus;
import org.ssaplanner.interchange.ImportStatus;
import org.ssaplanner.plans.PlanStatus;
import org.ssaplanner.programs.ProgramStatus;

/**
 * The status badges' colours (css/app.css, used through templates/fragments/status.html): every state that a badge
 * shows has a class of its own, the states of one kind have different colours, and every badge's text has a contrast
 * of at least 4.5:1 with its background (WCAG 2.1 1.4.3 for small text). A new state without its colours fails here.
 */
class StatusBadgeStylesTests {

    private static final Path CSS = Path.of("src/main/resources/static/css/app.css");

    /** The states each kind of badge shows (an approved waiver shows whether it is in force, expired or not yet). */
    private static Map<String, List<String>> statesByKind() {
        Map<String, List<String>> kinds = new LinkedHashMap<>();
        kinds.put("plan", names(PlanStatus.values()));
        kinds.put("program", names(ProgramStatus.values()));
        kinds.put("waiver", Stream.concat(Arrays.stream(WaiverStatus.values()).filter(s -> s != WaiverStatus.APPROVED)
                .map(Enum::name), Stream.of("IN_FORCE", "EXPIRED", "NOT_YET")).toList());
        kinds.put("finding", names(FindingSeverity.values()));
        kinds.put("progress", names(ProgressStatus.values()));
        kinds.put("evidence", names(OutcomeEvidence.State.values()));
        kinds.put("incident", names(IncidentStatus.values()));
        kinds.put("authority", names(AuthorityStatus.values()));
        kinds.put("import", Stream.concat(names(ImportStatus.values()).stream(), Stream.of("ROLLED_BACK")).toList());
        return kinds;
    }

    @Test
    void everyStateHasItsOwnReadableColourDistinctFromTheOtherStatesOfItsKind() throws IOException {
        Map<String, String[]> colours = coloursByClass(Files.readString(CSS));
        List<String> problems = new ArrayList<>();
        statesByKind().forEach((kind, states) -> {
            Map<String, String> stateByColour = new HashMap<>();
            for (String state : states) {
                String cssClass = "status-" + kind + "-" + state.toLowerCase(Locale.ROOT).replace('_', '-');
                String[] pair = colours.get(cssClass);
                if (pair == null) {
                    problems.add("." + cssClass + " has no colours");
                    continue;
                }
                double contrast = contrast(pair[0], pair[1]);
                if (contrast < 4.5) {
                    problems.add("." + cssClass + " has a contrast of " + String.format(Locale.ROOT, "%.2f", contrast));
                }
                String other = stateByColour.put(pair[0] + "/" + pair[1], state);
                if (other != null) {
                    problems.add(kind + " states " + other + " and " + state + " have the same colours");
                }
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void theCheckFindsAMissingClassAndAPoorContrast() {
        Map<String, String[]> colours = coloursByClass("""
                /* a comment { } */
                .status-plan-draft, .status-plan-approved { --status-bg: #ffc107; --status-fg: #ffffff; }
                """);
        assertThat(colours).containsOnlyKeys("status-plan-draft", "status-plan-approved");
        assertThat(contrast("#ffc107", "#ffffff")).isLessThan(4.5);
        assertThat(contrast("#000", "#ffffff")).isCloseTo(21.0, within(0.001));
    }

    /** Class name to {background, text} from rules that set --status-bg and --status-fg. */
    static Map<String, String[]> coloursByClass(String css) {
        String withoutComments = css.replaceAll("(?s)/\\*.*?\\*/", "");
        Matcher rule = Pattern.compile("([^{}]+)\\{([^{}]*)}").matcher(withoutComments);
        Map<String, String[]> colours = new HashMap<>();
        while (rule.find()) {
            String bg = property(rule.group(2), "--status-bg");
            String fg = property(rule.group(2), "--status-fg");
            if (bg == null || fg == null) {
                continue;
            }
            for (String selector : rule.group(1).split(",")) {
                String trimmed = selector.trim();
                if (trimmed.matches("\\.status-[a-z]+-[a-z-]+")) {
                    colours.put(trimmed.substring(1), new String[] {bg, fg});
                }
            }
        }
        return colours;
    }

    private static String property(String declarations, String name) {
        Matcher m = Pattern.compile(Pattern.quote(name) + "\\s*:\\s*(#[0-9a-fA-F]{3,6})").matcher(declarations);
        return m.find() ? m.group(1) : null;
    }

    /** WCAG 2.1 contrast ratio of two #rgb or #rrggbb colours. */
    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        String h = hex.substring(1);
        if (h.length() == 3) {
            h = "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2);
        }
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(h.substring(2 * i, 2 * i + 2), 16) / 255.0;
            c[i] = v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
