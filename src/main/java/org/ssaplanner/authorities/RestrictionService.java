package org.ssaplanner.authorities;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ssaplanner.authorities.condition.ConditionException;
import org.ssaplanner.authorities.condition.ConditionVocabulary;
import org.ssaplanner.authorities.domain.Authority;
import org.ssaplanner.authorities.domain.AuthorityRepository;
import org.ssaplanner.authorities.domain.CarriedException;
import org.ssaplanner.authorities.domain.Restriction;
import org.ssaplanner.authorities.domain.RestrictionException;
import org.ssaplanner.authorities.domain.RestrictionRepository;
import org.ssaplanner.reference.CountryRef;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.reference.ReferenceItem;
import org.ssaplanner.shared.FieldValidationException;
import org.ssaplanner.shared.NotFoundException;
import org.ssaplanner.shared.ReadOncePerRequest;
import org.ssaplanner.shared.StaleEditException;
import org.ssaplanner.shared.audit.HistoryEntry;
import org.ssaplanner.shared.audit.RecordFields;
import org.ssaplanner.shared.audit.RecordHistory;

/** Restrictions as data: their condition, severity, waivability and statutory exceptions. Administrators edit. */
@Service
@Transactional(readOnly = true)
public class RestrictionService {

    private static final String CODE_PATTERN = "^[A-Z][A-Z0-9_]*$";

    private final RestrictionRepository restrictions;
    private final AuthorityRepository authorities;
    private final ReferenceDataService reference;
    private final EntityManager entityManager;
    private final MessageSource messages;

    RestrictionService(RestrictionRepository restrictions, AuthorityRepository authorities,
            ReferenceDataService reference, EntityManager entityManager, MessageSource messages) {
        this.restrictions = restrictions;
        this.authorities = authorities;
        this.reference = reference;
        this.entityManager = entityManager;
        this.messages = messages;
    }

    @PreAuthorize("isAuthenticated()")
    public List<RestrictionSummary> list() {
        return summaries(restrictions.findAllByOrderByCode());
    }

    /** The catalogue in the order of a column header ({@code sort} of restriction properties, ties by id). */
    @PreAuthorize("isAuthenticated()")
    public List<RestrictionSummary> list(Sort sort) {
        return summaries(restrictions.findAllBy(sort));
    }

    private static List<RestrictionSummary> summaries(List<Restriction> found) {
        return found.stream()
                .map(r -> new RestrictionSummary(r.getId(), r.getCode(), r.getCitation(), r.getTitle(), r.isWaivable(),
                        r.getSeverity(), r.getConditionText(), r.getExceptions().size()))
                .toList();
    }

    /**
     * Every restriction with its exceptions, in code order: what the compliance engine evaluates. Read once per page
     * view, whose compliance sections each evaluate the program (issue 18).
     */
    @PreAuthorize("isAuthenticated()")
    public List<RestrictionDetail> all() {
        return ReadOncePerRequest.get("restrictions.all", () -> {
            Map<Long, List<RestrictionDetail.Carrier>> carriers = carriers();
            return restrictions.findAllByOrderByCode().stream().map(r -> toDetail(r, carriers)).toList();
        });
    }

    @PreAuthorize("isAuthenticated()")
    public RestrictionDetail get(long id) {
        return toDetail(find(id), carriers());
    }

    /**
     * The statutory exceptions an authority carries, read from the same restriction details the compliance engine
     * evaluates ({@link #all()}), so the catalogue page and the findings cannot disagree.
     */
    @PreAuthorize("isAuthenticated()")
    public List<CarriedExceptionView> carriedBy(long authorityId) {
        List<CarriedExceptionView> views = new ArrayList<>();
        for (RestrictionDetail r : all()) {
            for (RestrictionDetail.StatutoryException e : r.exceptions()) {
                for (RestrictionDetail.Carrier c : e.carriedBy()) {
                    if (c.authorityId() == authorityId) {
                        views.add(new CarriedExceptionView(r, e, c));
                    }
                }
            }
        }
        return views;
    }

    /** Allowed values of each value field of the condition language (upper case). */
    @PreAuthorize("isAuthenticated()")
    public Map<String, Set<String>> conditionValues() {
        Map<String, Set<String>> values = new LinkedHashMap<>();
        values.put(ConditionVocabulary.RECIPIENT_TYPE, codes(reference.recipientTypes()));
        values.put(ConditionVocabulary.ASSISTANCE_TYPE, codes(reference.assistanceTypes()));
        values.put(ConditionVocabulary.CAPABILITY_DOMAIN, codes(reference.capabilityDomains()));
        values.put(ConditionVocabulary.COUNTRY, reference.countries().stream().map(CountryRef::alpha2)
                .collect(Collectors.toCollection(TreeSet::new)));
        values.put(ConditionVocabulary.AUTHORITY, authorities.findAllByOrderByShortName().stream()
                .map(a -> a.getShortName().toUpperCase(Locale.ROOT))
                .collect(Collectors.toCollection(TreeSet::new)));
        values.put(ConditionVocabulary.AUTHORITY_STATUTE, names(Statute.values()));
        values.put(ConditionVocabulary.AUTHORITY_SOURCE_ACT, names(SourceAct.values()));
        values.put(ConditionVocabulary.AUTHORITY_CATEGORY, names(ProgramCategory.values()));
        return values;
    }

    /**
     * The labels users read for the values of each value field of the condition language (upper-case code to
     * label): reference names (Police for POLICE), country names, authority short names, statute labels.
     */
    @PreAuthorize("isAuthenticated()")
    public Map<String, Map<String, String>> conditionValueLabels() {
        Map<String, Map<String, String>> labels = new LinkedHashMap<>();
        for (String field : List.of(ConditionVocabulary.RECIPIENT_TYPE, ConditionVocabulary.ASSISTANCE_TYPE,
                ConditionVocabulary.CAPABILITY_DOMAIN, ConditionVocabulary.COUNTRY, ConditionVocabulary.AUTHORITY,
                ConditionVocabulary.AUTHORITY_STATUTE, ConditionVocabulary.AUTHORITY_SOURCE_ACT,
                ConditionVocabulary.AUTHORITY_CATEGORY)) {
            labels.put(field, conditionValueLabels(field));
        }
        return labels;
    }

    /**
     * The labels of one value field's values (upper-case code to label); empty for a field without values. The
     * reference catalogues are cached, so the compliance engine asks for each value it names in a reason.
     */
    @PreAuthorize("isAuthenticated()")
    public Map<String, String> conditionValueLabels(String field) {
        return switch (field) {
            case ConditionVocabulary.RECIPIENT_TYPE -> names(reference.recipientTypes());
            case ConditionVocabulary.ASSISTANCE_TYPE -> names(reference.assistanceTypes());
            case ConditionVocabulary.CAPABILITY_DOMAIN -> names(reference.capabilityDomains());
            case ConditionVocabulary.COUNTRY -> reference.countries().stream()
                    .collect(Collectors.toMap(c -> c.alpha2().toUpperCase(Locale.ROOT), CountryRef::name, (a, b) -> a));
            case ConditionVocabulary.AUTHORITY -> authorities.findAllByOrderByShortName().stream()
                    .collect(Collectors.toMap(a -> a.getShortName().toUpperCase(Locale.ROOT), Authority::getShortName,
                            (a, b) -> a));
            case ConditionVocabulary.AUTHORITY_STATUTE -> labels("authority.statute.", Statute.values());
            case ConditionVocabulary.AUTHORITY_SOURCE_ACT -> labels("authority.sourceAct.", SourceAct.values());
            case ConditionVocabulary.AUTHORITY_CATEGORY -> labels("authority.category.", ProgramCategory.values());
            default -> Map.of();
        };
    }

    private static Map<String, String> names(List<ReferenceItem> items) {
        return items.stream().collect(Collectors.toMap(i -> i.code().toUpperCase(Locale.ROOT), ReferenceItem::name,
                (a, b) -> a));
    }

    private Map<String, String> labels(String prefix, Enum<?>[] values) {
        return Arrays.stream(values).collect(Collectors.toMap(Enum::name,
                v -> messages.getMessage(prefix + v.name(), null, v.name(), LocaleContextHolder.getLocale())));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public long create(RestrictionCommand command) {
        String code = normalizeCode(command.code());
        if (restrictions.existsByCode(code)) {
            throw new FieldValidationException("code", "restriction.code.duplicate");
        }
        validate(command);
        Restriction restriction = new Restriction(code);
        define(restriction, code, command);
        long id;
        try {
            id = restrictions.saveAndFlush(restriction).getId();
        } catch (DataIntegrityViolationException e) {
            throw new FieldValidationException("code", "restriction.code.duplicate");
        }
        return id;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void update(long id, long expectedVersion, RestrictionCommand command) {
        Restriction restriction = find(id);
        StaleEditException.check("Restriction", id, expectedVersion, restriction.getVersion());
        String code = normalizeCode(command.code());
        if (!code.equals(restriction.getCode()) && restrictions.existsByCode(code)) {
            throw new FieldValidationException("code", "restriction.code.duplicate");
        }
        validate(command);
        define(restriction, code, command);
        restrictions.saveAndFlush(restriction);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void addException(long id, StatutoryExceptionCommand command) {
        Restriction restriction = find(id);
        String code = normalizeCode(command.code());
        if (!code.matches(CODE_PATTERN)) {
            throw new FieldValidationException("code", "restriction.code.pattern");
        }
        if (restriction.hasExceptionCode(code)) {
            throw new FieldValidationException("code", "restriction.exception.duplicate");
        }
        restriction.addException(code, command.citation().trim(), command.description().trim());
        restrictions.saveAndFlush(restriction);
    }

    /** Removes an exception nobody has claimed; claimed exceptions stay (the claims refer to them). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void removeException(long id, long exceptionId) {
        Restriction restriction = find(id);
        if (restriction.exception(exceptionId).isPresent() && authorities.isExceptionCarried(exceptionId)) {
            throw new FieldValidationException("exception", "restriction.exception.carried");
        }
        if (!restriction.removeException(exceptionId)) {
            throw new NotFoundException("Restriction", id + "/exception/" + exceptionId);
        }
        try {
            restrictions.saveAndFlush(restriction);
        } catch (DataIntegrityViolationException e) {
            throw new FieldValidationException("exception", "restriction.exception.inUse");
        }
    }

    @PreAuthorize("isAuthenticated()")
    public List<HistoryEntry> history(long id) {
        find(id);
        Locale locale = LocaleContextHolder.getLocale();
        RecordFields<Restriction> fields = RecordFields.<Restriction>describe()
                .and("code", "restriction.code", Restriction::getCode)
                .and("citation", "restriction.citation", Restriction::getCitation)
                .and("title", "restriction.title", Restriction::getTitle)
                .and("summary", "restriction.summary", Restriction::getSummary)
                .and("waivable", "restriction.waivable", r -> messages.getMessage(r.isWaivable() ? "common.yes"
                        : "common.no", null, locale))
                .and("waiverAuthority", "restriction.waiverAuthority", Restriction::getWaiverAuthority)
                .and("severity", "restriction.severity", r -> r.getSeverity() == null ? ""
                        : messages.getMessage("restriction.severity." + r.getSeverity().name(), null,
                                r.getSeverity().name(), locale))
                .and("condition", "restriction.condition", Restriction::getConditionText);
        return RecordHistory.of(entityManager, Restriction.class, id, fields);
    }

    private void validate(RestrictionCommand command) {
        if (!normalizeCode(command.code()).matches(CODE_PATTERN)) {
            throw new FieldValidationException("code", "restriction.code.pattern");
        }
        if (command.waivable() && (command.waiverAuthority() == null || command.waiverAuthority().isBlank())) {
            throw new FieldValidationException("waiverAuthority", "restriction.waiverAuthority.required");
        }
        try {
            ConditionVocabulary.parseAndValidate(command.conditionText(), conditionValues());
        } catch (ConditionException e) {
            throw new FieldValidationException("conditionText", e.messageKey(), e.arguments());
        }
    }

    private static void define(Restriction restriction, String code, RestrictionCommand c) {
        restriction.define(code, c.citation().trim(), c.title().trim(), c.summary().trim(), c.waivable(),
                c.waiverAuthority() == null ? null : c.waiverAuthority().trim(), c.severity(),
                c.conditionText().trim());
    }

    private Restriction find(long id) {
        return restrictions.findById(id).orElseThrow(() -> new NotFoundException("Restriction", id));
    }

    private Map<Long, List<RestrictionDetail.Carrier>> carriers() {
        Map<Long, List<RestrictionDetail.Carrier>> byException = new HashMap<>();
        for (CarriedException c : authorities.findAllCarriedExceptions()) {
            Authority a = c.getAuthority();
            byException.computeIfAbsent(c.getExceptionId(), k -> new ArrayList<>())
                    .add(new RestrictionDetail.Carrier(c.getId(), a.getId(), a.getShortName(), a.getCitation(),
                            c.getApplies(), c.getConditionText(), c.getScope()));
        }
        return byException;
    }

    static RestrictionDetail toDetail(Restriction r, Map<Long, List<RestrictionDetail.Carrier>> carriers) {
        List<RestrictionDetail.StatutoryException> exceptions = r.getExceptions().stream()
                .map(e -> toException(e, carriers.getOrDefault(e.getId(), List.of()))).toList();
        return new RestrictionDetail(r.getId(), r.getVersion(), r.getCode(), r.getCitation(), r.getTitle(),
                r.getSummary(), r.isWaivable(), r.getWaiverAuthority(), r.getSeverity(), r.getConditionText(),
                exceptions, r.getUpdatedAt(), r.getUpdatedBy());
    }

    private static RestrictionDetail.StatutoryException toException(RestrictionException e,
            List<RestrictionDetail.Carrier> carriers) {
        return new RestrictionDetail.StatutoryException(e.getId(), e.getCode(), e.getCitation(), e.getDescription(),
                carriers);
    }

    private static Set<String> codes(List<ReferenceItem> items) {
        return items.stream().map(ReferenceItem::code).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String normalizeCode(String code) {
        return code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
    }
}
