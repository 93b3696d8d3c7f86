package org.ssaplanner.workforce;

import static org.ssaplanner.shared.Text.blankToNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ssaplanner.shared.FieldValidationException;
import org.ssaplanner.shared.FieldValidationException.Violation;
import org.ssaplanner.shared.NotFoundException;
import org.ssaplanner.shared.StaleEditException;
import org.ssaplanner.workforce.domain.CertificationLevel;
import org.ssaplanner.workforce.domain.CertificationLevelRepository;
import org.ssaplanner.workforce.domain.FunctionalArea;
import org.ssaplanner.workforce.domain.FunctionalAreaRepository;

/**
 * The certification framework as reference data (issue 16, item 3): levels per scheme and functional areas. Every
 * signed-in user reads them; administrators add and change them (a level or area in use is retired, never removed).
 */
@Service
@Transactional(readOnly = true)
public class CertificationFrameworkService {

    private static final Pattern CODE = Pattern.compile("^[A-Z0-9][A-Z0-9_]*$");

    private final CertificationLevelRepository levels;
    private final FunctionalAreaRepository areas;

    CertificationFrameworkService(CertificationLevelRepository levels, FunctionalAreaRepository areas) {
        this.levels = levels;
        this.areas = areas;
    }

    @PreAuthorize("isAuthenticated()")
    public List<LevelView> levels() {
        return levels.findAllByOrderBySchemeAscRetiredAscRankAsc().stream().map(CertificationFrameworkService::view)
                .toList();
    }

    @PreAuthorize("isAuthenticated()")
    public List<AreaView> areas() {
        return areas.findAllByOrderByRetiredAscNameAsc().stream().map(CertificationFrameworkService::view).toList();
    }

    @PreAuthorize("isAuthenticated()")
    public LevelView level(long id) {
        return view(levels.findById(id).orElseThrow(() -> new NotFoundException("Certification level", id)));
    }

    @PreAuthorize("isAuthenticated()")
    public AreaView area(long id) {
        return view(areas.findById(id).orElseThrow(() -> new NotFoundException("Functional area", id)));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public long addLevel(LevelCommand command) {
        validate(command, null);
        return levels.saveAndFlush(new CertificationLevel(code(command.scheme()), code(command.code()),
                command.name().trim(), command.rank(), command.retired(), blankToNull(command.note()))).getId();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void updateLevel(long id, long expectedVersion, LevelCommand command) {
        CertificationLevel level = levels.findById(id).orElseThrow(() -> new NotFoundException("Certification level", id));
        StaleEditException.check("Certification level", id, expectedVersion, level.getVersion());
        validate(command, id);
        level.describe(code(command.scheme()), code(command.code()), command.name().trim(), command.rank(),
                command.retired(), blankToNull(command.note()));
        levels.saveAndFlush(level);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public long addArea(AreaCommand command) {
        validate(command, null);
        return areas.saveAndFlush(new FunctionalArea(code(command.code()), command.name().trim(), command.confirmed(),
                command.retired(), blankToNull(command.note()))).getId();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void updateArea(long id, long expectedVersion, AreaCommand command) {
        FunctionalArea area = areas.findById(id).orElseThrow(() -> new NotFoundException("Functional area", id));
        StaleEditException.check("Functional area", id, expectedVersion, area.getVersion());
        validate(command, id);
        area.describe(code(command.code()), command.name().trim(), command.confirmed(), command.retired(),
                blankToNull(command.note()));
        areas.saveAndFlush(area);
    }

    private void validate(LevelCommand command, Long id) {
        List<Violation> violations = new ArrayList<>();
        if (!validCode(command.scheme())) {
            violations.add(new Violation("scheme", "workforce.code.invalid"));
        }
        if (!validCode(command.code())) {
            violations.add(new Violation("code", "workforce.code.invalid"));
        } else if (validCode(command.scheme()) && levels.findBySchemeAndCode(code(command.scheme()), code(command.code()))
                .filter(l -> !l.getId().equals(id)).isPresent()) {
            violations.add(new Violation("code", "workforce.level.code.taken"));
        }
        if (command.name() == null || command.name().isBlank()) {
            violations.add(new Violation("name", "workforce.name.required"));
        }
        if (command.rank() == null || command.rank() < 1 || command.rank() > 99) {
            violations.add(new Violation("rank", "workforce.level.rank.range"));
        }
        if (!violations.isEmpty()) {
            throw new FieldValidationException(violations);
        }
    }

    private void validate(AreaCommand command, Long id) {
        List<Violation> violations = new ArrayList<>();
        if (!validCode(command.code())) {
            violations.add(new Violation("code", "workforce.code.invalid"));
        } else if (areas.findByCode(code(command.code())).filter(a -> !a.getId().equals(id)).isPresent()) {
            violations.add(new Violation("code", "workforce.area.code.taken"));
        }
        if (command.name() == null || command.name().isBlank()) {
            violations.add(new Violation("name", "workforce.name.required"));
        }
        if (!violations.isEmpty()) {
            throw new FieldValidationException(violations);
        }
    }

    private static boolean validCode(String code) {
        return code != null && CODE.matcher(code(code)).matches();
    }

    private static String code(String code) {
        return code.trim().toUpperCase(Locale.ROOT);
    }

    static LevelView view(CertificationLevel l) {
        return new LevelView(l.getId(), l.getVersion(), l.getScheme(), l.getCode(), l.getName(), l.getRank(),
                l.isRetired(), l.getNote());
    }

    static AreaView view(FunctionalArea a) {
        return new AreaView(a.getId(), a.getVersion(), a.getCode(), a.getName(), a.isConfirmed(), a.isRetired(),
                a.getNote());
    }
}
