package org.ssaplanner.agencies;

import static org.ssaplanner.shared.Text.blankToNull;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.ssaplanner.agencies.domain.Agency;
import org.ssaplanner.agencies.domain.AgencyRepository;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.reference.ReferenceItem;
import org.ssaplanner.shared.FieldValidationException;
import org.ssaplanner.shared.NotFoundException;
import org.ssaplanner.shared.StaleEditException;
import org.ssaplanner.shared.audit.HistoryEntry;
import org.ssaplanner.shared.audit.RecordFields;
import org.ssaplanner.shared.audit.RecordHistory;

/** Agencies and their capability catalogues. Everyone signed in reads; only administrators change. */
@Service
@Transactional(readOnly = true)
public class AgencyService {

    private static final String TREE_ATTRIBUTE = AgencyService.class.getName() + ".tree";

    private final AgencyRepository agencies;
    private final EntityManager entityManager;
    private final ReferenceDataService reference;
    private final MessageSource messages;

    AgencyService(AgencyRepository agencies, EntityManager entityManager, ReferenceDataService reference,
            MessageSource messages) {
        this.agencies = agencies;
        this.entityManager = entityManager;
        this.reference = reference;
        this.messages = messages;
    }

    /**
     * All agencies, depth first (each department followed by its sub-agencies), names sorted per level. Read once
     * per web request (a page asks for agencies from several modules: issue 18) and kept in the request; a change
     * of an agency forgets it. Outside a request (jobs, tests) every call reads.
     */
    @PreAuthorize("isAuthenticated()")
    public List<AgencySummary> tree() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return depthFirst(agencies.findAll());
        }
        @SuppressWarnings("unchecked")
        List<AgencySummary> read = (List<AgencySummary>) request.getAttribute(TREE_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (read == null) {
            read = depthFirst(agencies.findAll());
            request.setAttribute(TREE_ATTRIBUTE, read, RequestAttributes.SCOPE_REQUEST);
        }
        return read;
    }

    private static void forgetTree() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.removeAttribute(TREE_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        }
    }

    @PreAuthorize("isAuthenticated()")
    public List<AgencySummary> activeAgencies() {
        return tree().stream().filter(AgencySummary::active).toList();
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<AgencySummary> find(long id) {
        return tree().stream().filter(a -> a.id() == id).findFirst();
    }

    @PreAuthorize("isAuthenticated()")
    public Map<Long, AgencySummary> byIds(Collection<Long> ids) {
        return tree().stream().filter(a -> ids.contains(a.id()))
                .collect(Collectors.toMap(AgencySummary::id, Function.identity()));
    }

    /** Every agency's capability catalogue, by agency id (agencies offering nothing are absent): one statement. */
    @PreAuthorize("isAuthenticated()")
    public Map<Long, Set<CapabilityKey>> capabilityCatalogue() {
        return agencies.capabilityRows().stream().collect(Collectors.groupingBy(row -> (Long) row[0],
                Collectors.mapping(row -> new CapabilityKey((String) row[1], (String) row[2]), Collectors.toSet())));
    }

    @PreAuthorize("isAuthenticated()")
    public AgencyDetail get(long id) {
        Agency agency = agencies.findById(id).orElseThrow(() -> new NotFoundException("Agency", id));
        Agency parent = agency.getParent();
        return new AgencyDetail(agency.getId(), agency.getVersion(), agency.getCode(), agency.getName(),
                parent == null ? null : parent.getId(), parent == null ? null : parent.getCode() + " – " + parent.getName(),
                agency.getKind(), agency.hasOwnBudget(), agency.isActive(), agency.getDescription(),
                agency.capabilities(), agency.getCreatedAt(), agency.getCreatedBy(), agency.getUpdatedAt(),
                agency.getUpdatedBy());
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public long create(AgencyCommand command) {
        forgetTree();
        String code = normalizeCode(command.code());
        if (agencies.existsByCode(code)) {
            throw new FieldValidationException("code", "agency.code.duplicate");
        }
        Agency agency = new Agency(code, command.name().trim(), command.kind());
        apply(agency, command);
        return save(agency).getId();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void update(long id, long expectedVersion, AgencyCommand command) {
        forgetTree();
        Agency agency = agencies.findById(id).orElseThrow(() -> new NotFoundException("Agency", id));
        StaleEditException.check("Agency", id, expectedVersion, agency.getVersion());
        String code = normalizeCode(command.code());
        if (!code.equals(agency.getCode()) && agencies.existsByCode(code)) {
            throw new FieldValidationException("code", "agency.code.duplicate");
        }
        agency.rename(code, command.name().trim(), command.kind());
        apply(agency, command);
        save(agency);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void setActive(long id, boolean active) {
        forgetTree();
        Agency agency = agencies.findById(id).orElseThrow(() -> new NotFoundException("Agency", id));
        if (active) {
            agency.activate();
        } else {
            agency.deactivate();
        }
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<HistoryEntry> history(long id) {
        if (!agencies.existsById(id)) {
            throw new NotFoundException("Agency", id);
        }
        Locale locale = LocaleContextHolder.getLocale();
        Map<Long, String> labels = agencies.findAll().stream()
                .collect(Collectors.toMap(Agency::getId, a -> a.getCode() + " – " + a.getName()));
        Map<String, String> assistance = reference.assistanceTypes().stream()
                .collect(Collectors.toMap(ReferenceItem::code, ReferenceItem::name, (a, b) -> a));
        Map<String, String> domains = reference.capabilityDomains().stream()
                .collect(Collectors.toMap(ReferenceItem::code, ReferenceItem::name, (a, b) -> a));
        RecordFields<Agency> fields = RecordFields.<Agency>describe()
                .and("code", "agency.code", Agency::getCode)
                .and("name", "agency.name", Agency::getName)
                .and("kind", "agency.kind", a -> a.getKind() == null ? ""
                        : messages.getMessage("agency.kind." + a.getKind().name(), null, a.getKind().name(), locale))
                .and("parent", "agency.parent", a -> a.parentId() == null ? ""
                        : labels.getOrDefault(a.parentId(), "#" + a.parentId()))
                .and("ownBudget", "agency.ownBudget", a -> yesNo(a.hasOwnBudget(), locale))
                .and("active", "agency.status", a -> messages.getMessage(a.isActive() ? "agency.active"
                        : "agency.inactive", null, locale))
                .and("description", "agency.description", Agency::getDescription)
                .and("capabilities", "agency.capabilities", a -> RecordFields.list(a.capabilities(),
                        k -> assistance.getOrDefault(k.assistanceTypeCode(), k.assistanceTypeCode()) + " ("
                                + domains.getOrDefault(k.capabilityDomainCode(), k.capabilityDomainCode()) + ")"));
        return RecordHistory.of(entityManager, Agency.class, id, fields);
    }

    private String yesNo(boolean value, Locale locale) {
        return messages.getMessage(value ? "common.yes" : "common.no", null, locale);
    }

    private void apply(Agency agency, AgencyCommand command) {
        Agency parent = null;
        if (command.parentId() != null) {
            parent = agencies.findById(command.parentId())
                    .orElseThrow(() -> new FieldValidationException("parentId", "agency.parent.unknown"));
            if (agency.getId() != null && parent.isSelfOrDescendantOf(agency)) {
                throw new FieldValidationException("parentId", "agency.parent.cycle");
            }
        }
        agency.moveUnder(parent);
        agency.describe(command.hasOwnBudget(), blankToNull(command.description()));
        agency.replaceCapabilities(command.capabilities() == null ? List.of() : command.capabilities());
    }

    private Agency save(Agency agency) {
        try {
            return agencies.saveAndFlush(agency);
        } catch (DataIntegrityViolationException e) {
            // a concurrent insert of the same code won the race
            throw new FieldValidationException("code", "agency.code.duplicate");
        }
    }

    private static String normalizeCode(String code) {
        return code == null ? "" : code.trim().toUpperCase();
    }

    private static List<AgencySummary> depthFirst(List<Agency> all) {
        Map<Long, List<Agency>> children = new LinkedHashMap<>();
        List<Agency> roots = new ArrayList<>();
        for (Agency agency : all) {
            if (agency.getParent() == null) {
                roots.add(agency);
            } else {
                children.computeIfAbsent(agency.getParent().getId(), k -> new ArrayList<>()).add(agency);
            }
        }
        List<AgencySummary> result = new ArrayList<>();
        addLevel(roots, 0, children, result);
        return result;
    }

    private static void addLevel(List<Agency> level, int depth, Map<Long, List<Agency>> children,
            List<AgencySummary> result) {
        level.sort(Comparator.comparing(Agency::getName));
        for (Agency agency : level) {
            result.add(new AgencySummary(agency.getId(), agency.getCode(), agency.getName(),
                    agency.getParent() == null ? null : agency.getParent().getId(), agency.getKind(),
                    agency.hasOwnBudget(), agency.isActive(), depth));
            addLevel(children.getOrDefault(agency.getId(), new ArrayList<>()), depth + 1, children, result);
        }
    }
}
