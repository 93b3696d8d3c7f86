package org.ssaplanner.authorities;

import static org.ssaplanner.shared.Text.blankToNull;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ssaplanner.authorities.domain.Restriction;
import org.ssaplanner.authorities.domain.RestrictionException;
import org.ssaplanner.authorities.domain.RestrictionRepository;
import org.ssaplanner.authorities.domain.Waiver;
import org.ssaplanner.authorities.domain.WaiverRepository;
import org.ssaplanner.shared.FieldValidationException;
import org.ssaplanner.shared.NotFoundException;
import org.ssaplanner.shared.StaleEditException;
import org.ssaplanner.shared.audit.HistoryEntry;
import org.ssaplanner.shared.audit.RecordFields;
import org.ssaplanner.shared.audit.RecordHistory;
import org.ssaplanner.shared.security.CurrentUser;
import org.ssaplanner.shared.security.CurrentUsers;

/**
 * Waivers and statutory-exception claims. Planners and administrators request; administrators decide
 * (no separate approver role: the administrator records the decision of the approving official named
 * in the statute, e.g. the Secretary of State, with that official's name and title).
 */
@Service
@Transactional(readOnly = true)
public class WaiverService {

    private final WaiverRepository waivers;
    private final RestrictionRepository restrictions;
    private final ObjectProvider<ProgramLookup> programs;
    private final EntityManager entityManager;
    private final WaiverPermissions permissions;
    private final MessageSource messages;

    WaiverService(WaiverRepository waivers, RestrictionRepository restrictions, ObjectProvider<ProgramLookup> programs,
            EntityManager entityManager, WaiverPermissions permissions, MessageSource messages) {
        this.messages = messages;
        this.permissions = permissions;
        this.waivers = waivers;
        this.restrictions = restrictions;
        this.programs = programs;
        this.entityManager = entityManager;
    }

    @PreAuthorize("isAuthenticated()")
    public Page<WaiverSummary> search(WaiverFilter filter, Pageable pageable) {
        Page<Waiver> page = waivers.search(filter.programId(), filter.restrictionId(), filter.status(), filter.kind(),
                pageable);
        List<WaiverSummary> content = toSummaries(page.getContent());
        return page.map(w -> content.stream().filter(s -> s.id() == w.getId()).findFirst().orElseThrow());
    }

    /**
     * Programs the caller may request a waiver for, found by text in their title or description (at most 20):
     * every program for administrators; for a planner those led by their agency or in a plan they conduct.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    public List<ProgramLookup.ProgramChoice> findPrograms(String text) {
        ProgramLookup lookup = programs.getIfAvailable();
        if (lookup == null || text == null || text.isBlank()) {
            return List.of();
        }
        if (WaiverPermissions.isAdmin(SecurityContextHolder.getContext().getAuthentication())) {
            return lookup.findPrograms(text.strip(), 20);
        }
        CurrentUser user = CurrentUsers.require();
        return lookup.findProgramsResponsible(text.strip(), 20, user.agencyId(), user.id());
    }

    /**
     * The programs the caller may request a waiver for, to choose one by name on the request form (at most
     * {@code limit}, by title): every program for administrators; for a planner those led by their agency or in a
     * plan they conduct (the rule of {@link WaiverPermissions#mayRequestFor}).
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    public List<ProgramLookup.ProgramChoice> programChoices(int limit) {
        ProgramLookup lookup = programs.getIfAvailable();
        if (lookup == null) {
            return List.of();
        }
        if (WaiverPermissions.isAdmin(SecurityContextHolder.getContext().getAuthentication())) {
            return lookup.findPrograms(null, limit);
        }
        return CurrentUsers.current()
                .map(user -> lookup.findProgramsResponsible(null, limit, user.agencyId(), user.id()))
                .orElse(List.of());
    }

    /**
     * Guard of the request form opened for a program ({@code /waivers/new?programId=}): refuses (403) a caller who
     * may not request a waiver for it, as saving the request would; answers 404 for a program that does not exist.
     * Returns the program's title.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER') and @waiverPermissions.mayRequestFor(#programId, authentication)")
    public String checkCanRequestFor(long programId) {
        ProgramLookup lookup = programs.getIfAvailable();
        if (lookup == null) {
            return String.valueOf(programId);
        }
        return lookup.programTitle(programId).orElseThrow(() -> new NotFoundException("Program", programId));
    }

    /**
     * For the list's program filter: the programs with the most waivers or exception claims (any status), at most
     * {@code limit} of them, by title; {@code more} when other programs have some too (a portfolio can have
     * thousands, which no select can offer).
     */
    @PreAuthorize("isAuthenticated()")
    public WaiverProgramChoices programsWithWaivers(int limit) {
        List<Object[]> counts = waivers.countByProgram(Limit.of(limit + 1));
        boolean more = counts.size() > limit;
        List<Object[]> shown = more ? counts.subList(0, limit) : counts;
        ProgramLookup lookup = programs.getIfAvailable();
        Map<Long, String> titles = lookup == null || shown.isEmpty() ? Map.of()
                : lookup.programTitles(shown.stream().map(row -> (Long) row[0]).toList());
        return new WaiverProgramChoices(shown.stream()
                .map(row -> new WaiverProgram((Long) row[0], titles.getOrDefault((Long) row[0], "#" + row[0]),
                        (Long) row[1]))
                .sorted(Comparator.comparing(WaiverProgram::title, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(WaiverProgram::programId))
                .toList(), more);
    }

    /**
     * May the caller request a waiver or claim an exception for this program? The rule is
     * {@link WaiverPermissions#mayRequestFor}, which the pages use to show the link.
     */
    @PreAuthorize("isAuthenticated()")
    public boolean mayRequestFor(long programId) {
        return permissions.mayRequestFor(programId, SecurityContextHolder.getContext().getAuthentication());
    }

    /** The title of the program a waiver is requested for, to show next to its id; empty if there is none. */
    @PreAuthorize("isAuthenticated()")
    public Optional<String> programTitle(long programId) {
        ProgramLookup lookup = programs.getIfAvailable();
        return lookup == null ? Optional.empty() : lookup.programTitle(programId);
    }

    @PreAuthorize("isAuthenticated()")
    public WaiverSummary get(long id) {
        return toSummaries(List.of(find(id))).get(0);
    }

    /** Approved waivers and exception claims of these programs (in force or not: check {@link WaiverSummary#inForceOn}). */
    @PreAuthorize("isAuthenticated()")
    public List<WaiverSummary> approvedFor(Collection<Long> programIds) {
        if (programIds.isEmpty()) {
            return List.of();
        }
        return toSummaries(waivers.findByProgramIdInAndStatus(programIds, WaiverStatus.APPROVED));
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    @Transactional
    public long request(WaiverRequestCommand command) {
        if (command.programId() <= 0) {
            throw new FieldValidationException("programId", "waiver.program.unknown");
        }
        ProgramLookup lookup = programs.getIfAvailable();
        if (lookup != null && lookup.programTitle(command.programId()).isEmpty()) {
            throw new FieldValidationException("programId", "waiver.program.unknown");
        }
        if (!mayRequestFor(command.programId())) {
            throw new AccessDeniedException("only planners of the program's lead agency, its plan's conductor and "
                    + "administrators may request a waiver for it");
        }
        Restriction restriction = restrictions.findById(command.restrictionId())
                .orElseThrow(() -> new FieldValidationException("restrictionId", "waiver.restriction.unknown"));
        if (command.kind() == null) {
            throw new FieldValidationException("kind", "waiver.kind.required");
        }
        Long exceptionId = null;
        if (command.kind() == WaiverKind.WAIVER) {
            if (!restriction.isWaivable()) {
                throw new FieldValidationException("restrictionId", "waiver.restriction.notWaivable",
                        restriction.getCitation(), restriction.getTitle());
            }
        } else {
            if (restriction.getExceptions().isEmpty()) {
                throw new FieldValidationException("restrictionId", "waiver.restriction.noExceptions",
                        restriction.getCitation());
            }
            RestrictionException exception = command.exceptionId() == null ? null
                    : restriction.exception(command.exceptionId()).orElse(null);
            if (exception == null) {
                throw new FieldValidationException("exceptionId", "waiver.exception.unknown",
                        restriction.getCitation());
            }
            exceptionId = exception.getId();
        }
        if (command.justification() == null || command.justification().isBlank()) {
            throw new FieldValidationException("justification", "waiver.justification.required");
        }
        lock(command.programId(), command.restrictionId());
        LocalDate today = AuthorityService.today();
        for (Waiver other : waivers.findByProgramIdAndRestrictionIdAndStatus(command.programId(),
                command.restrictionId(), WaiverStatus.REQUESTED)) {
            throw new FieldValidationException("restrictionId", "waiver.pending.exists", other.getId());
        }
        for (Waiver other : waivers.findByProgramIdAndRestrictionIdAndStatus(command.programId(),
                command.restrictionId(), WaiverStatus.APPROVED)) {
            if (covers(other, today)) {
                throw new FieldValidationException("restrictionId", "waiver.active.exists", other.getId(),
                        other.getExpiryDate() == null ? "-" : other.getExpiryDate().toString());
            }
        }
        Waiver waiver = new Waiver(command.programId(), command.restrictionId(), command.kind(), exceptionId,
                command.justification().trim(), CurrentUsers.currentUsernameOrSystem(), Instant.now());
        long id = waivers.saveAndFlush(waiver).getId();
        return id;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void approve(long id, long expectedVersion, WaiverDecisionCommand command) {
        Waiver waiver = find(id);
        StaleEditException.check("Waiver", id, expectedVersion, waiver.getVersion());
        requirePending(waiver);
        if (blank(command.officialName())) {
            throw new FieldValidationException("officialName", "waiver.officialName.required");
        }
        if (blank(command.officialTitle())) {
            throw new FieldValidationException("officialTitle", "waiver.officialTitle.required");
        }
        if (command.effectiveDate() == null) {
            throw new FieldValidationException("effectiveDate", "waiver.effectiveDate.required");
        }
        if (waiver.getKind() == WaiverKind.WAIVER && command.expiryDate() == null) {
            throw new FieldValidationException("expiryDate", "waiver.expiryDate.required");
        }
        if (command.expiryDate() != null && command.expiryDate().isBefore(command.effectiveDate())) {
            throw new FieldValidationException("expiryDate", "waiver.expiryDate.beforeEffective");
        }
        Restriction restriction = restrictions.findById(waiver.getRestrictionId()).orElseThrow();
        if (waiver.getKind() == WaiverKind.WAIVER && !restriction.isWaivable()) {
            throw new FieldValidationException("officialName", "waiver.restriction.notWaivable",
                    restriction.getCitation(), restriction.getTitle());
        }
        lock(waiver.getProgramId(), waiver.getRestrictionId());
        for (Waiver other : waivers.findByProgramIdAndRestrictionIdAndStatus(waiver.getProgramId(),
                waiver.getRestrictionId(), WaiverStatus.APPROVED)) {
            if (overlaps(other, command.effectiveDate(), command.expiryDate())) {
                throw new FieldValidationException("effectiveDate", "waiver.overlap", other.getId(),
                        other.getEffectiveDate().toString(),
                        other.getExpiryDate() == null ? "-" : other.getExpiryDate().toString());
            }
        }
        waiver.approve(CurrentUsers.currentUsernameOrSystem(), Instant.now(), command.officialName().trim(),
                command.officialTitle().trim(), command.effectiveDate(), command.expiryDate(), blankToNull(command.note()));
        waivers.saveAndFlush(waiver);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void reject(long id, long expectedVersion, String note) {
        Waiver waiver = find(id);
        StaleEditException.check("Waiver", id, expectedVersion, waiver.getVersion());
        requirePending(waiver);
        if (blank(note)) {
            throw new FieldValidationException("note", "waiver.note.required");
        }
        waiver.reject(CurrentUsers.currentUsernameOrSystem(), Instant.now(), note.trim());
        waivers.saveAndFlush(waiver);
    }

    /** The requester (or an administrator) withdraws a pending request. */
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    @Transactional
    public void withdraw(long id) {
        Waiver waiver = find(id);
        String me = CurrentUsers.currentUsernameOrSystem();
        if (!permissions.mayWithdraw(waiver.getRequestedBy(), SecurityContextHolder.getContext().getAuthentication())) {
            throw new AccessDeniedException("only the requester or an administrator may withdraw");
        }
        requirePending(waiver);
        waiver.withdraw(me, Instant.now());
        waivers.saveAndFlush(waiver);
    }

    @PreAuthorize("isAuthenticated()")
    public List<HistoryEntry> history(long id) {
        find(id);
        RecordFields<Waiver> fields = RecordFields.<Waiver>describe()
                .and("status", "waiver.status", w -> w.getStatus() == null ? ""
                        : messages.getMessage("waiver.status." + w.getStatus().name(), null, w.getStatus().name(),
                                LocaleContextHolder.getLocale()))
                .and("justification", "waiver.justification", Waiver::getJustification)
                .and("officialName", "waiver.officialName", Waiver::getOfficialName)
                .and("officialTitle", "waiver.officialTitle", Waiver::getOfficialTitle)
                .and("effectiveDate", "waiver.effectiveDate", w -> RecordFields.text(w.getEffectiveDate()))
                .and("expiryDate", "waiver.expiryDate", w -> RecordFields.text(w.getExpiryDate()))
                .and("decisionNote", "waiver.note", Waiver::getDecisionNote);
        return RecordHistory.of(entityManager, Waiver.class, id, fields);
    }

    private static void requirePending(Waiver waiver) {
        if (waiver.getStatus() != WaiverStatus.REQUESTED) {
            throw new FieldValidationException("status", "waiver.notPending", waiver.getStatus().name());
        }
    }

    /** Serialises decisions on the same program and restriction (overlap checks cannot race). */
    private void lock(long programId, long restrictionId) {
        entityManager.createNativeQuery("select 1 from (select pg_advisory_xact_lock(:a, :b)) locked")
                .setParameter("a", (int) (programId ^ (programId >>> 32)))
                .setParameter("b", (int) restrictionId)
                .getSingleResult();
    }

    private static boolean covers(Waiver w, LocalDate day) {
        return !day.isBefore(w.getEffectiveDate()) && (w.getExpiryDate() == null || !day.isAfter(w.getExpiryDate()));
    }

    private static boolean overlaps(Waiver w, LocalDate from, LocalDate to) {
        LocalDate otherTo = w.getExpiryDate();
        boolean startsBeforeOtherEnds = otherTo == null || !from.isAfter(otherTo);
        boolean endsAfterOtherStarts = to == null || !to.isBefore(w.getEffectiveDate());
        return startsBeforeOtherEnds && endsAfterOtherStarts;
    }

    private Waiver find(long id) {
        return waivers.findById(id).orElseThrow(() -> new NotFoundException("Waiver", id));
    }

    private List<WaiverSummary> toSummaries(List<Waiver> found) {
        Set<Long> restrictionIds = found.stream().map(Waiver::getRestrictionId).collect(Collectors.toSet());
        Map<Long, Restriction> byId = new HashMap<>();
        restrictions.findAllById(restrictionIds).forEach(r -> byId.put(r.getId(), r));
        ProgramLookup lookup = programs.getIfAvailable();
        Map<Long, String> titles = lookup == null || found.isEmpty() ? Map.of()
                : lookup.programTitles(found.stream().map(Waiver::getProgramId).collect(Collectors.toSet()));
        return found.stream().map(w -> {
            Restriction r = byId.get(w.getRestrictionId());
            String exceptionLabel = w.getExceptionId() == null ? null : r.exception(w.getExceptionId())
                    .map(e -> e.getCitation() + " – " + abbreviated(e.getDescription())).orElse(null);
            return new WaiverSummary(w.getId(), w.getVersion(), w.getProgramId(), titles.get(w.getProgramId()),
                    w.getRestrictionId(), r.getCode(), r.getCitation(), w.getKind(), w.getExceptionId(), exceptionLabel,
                    w.getJustification(), w.getStatus(), w.getRequestedBy(), w.getRequestedAt(), w.getDecidedBy(),
                    w.getDecidedAt(), w.getOfficialName(), w.getOfficialTitle(), w.getEffectiveDate(),
                    w.getExpiryDate(), w.getDecisionNote());
        }).toList();
    }

    /** A statutory exception's description as a label reads it (not its code): at most 90 characters. */
    private static String abbreviated(String description) {
        if (description == null) {
            return "";
        }
        return description.length() <= 90 ? description : description.substring(0, 89).stripTrailing() + "…";
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
