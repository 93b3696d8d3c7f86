package org.ssaplanner.authorities;

import static org.ssaplanner.shared.Text.blankToNull;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.agencies.AgencySummary;
import org.ssaplanner.authorities.condition.ConditionException;
import org.ssaplanner.authorities.condition.ConditionVocabulary;
import org.ssaplanner.authorities.domain.Authority;
import org.ssaplanner.authorities.domain.AuthorityRepository;
import org.ssaplanner.authorities.domain.CarriedException;
import org.ssaplanner.authorities.domain.Restriction;
import org.ssaplanner.authorities.domain.RestrictionException;
import org.ssaplanner.authorities.domain.RestrictionRepository;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.reference.ReferenceItem;
import org.ssaplanner.shared.FieldValidationException;
import org.ssaplanner.shared.NotFoundException;
import org.ssaplanner.shared.StaleEditException;
import org.ssaplanner.shared.audit.HistoryEntry;
import org.ssaplanner.shared.audit.RecordFields;
import org.ssaplanner.shared.audit.RecordHistory;

/** The catalogue of legal authorities. Everyone signed in reads; only administrators change it. */
@Service
@Transactional(readOnly = true)
public class AuthorityService {

    private final AuthorityRepository authorities;
    private final AgencyService agencies;
    private final ReferenceDataService reference;
    /** Looked up when used: its implementation (programs) needs ProgramService, which needs this service. */
    private final ObjectProvider<ProgramLookup> programs;
    private final EntityManager entityManager;
    private final RestrictionService restrictions;
    private final RestrictionRepository restrictionRepository;
    private final MessageSource messages;

    AuthorityService(AuthorityRepository authorities, AgencyService agencies, ReferenceDataService reference,
            ObjectProvider<ProgramLookup> programs, EntityManager entityManager, RestrictionService restrictions,
            RestrictionRepository restrictionRepository, MessageSource messages) {
        this.authorities = authorities;
        this.agencies = agencies;
        this.reference = reference;
        this.programs = programs;
        this.entityManager = entityManager;
        this.restrictions = restrictions;
        this.restrictionRepository = restrictionRepository;
        this.messages = messages;
    }

    @PreAuthorize("isAuthenticated()")
    public Page<AuthoritySummary> search(AuthorityFilter filter, Pageable pageable) {
        String text = filter.text() == null || filter.text().isBlank() ? null
                : "%" + filter.text().trim().toLowerCase() + "%";
        Boolean expired = filter.status() == null ? null : filter.status() == AuthorityStatus.EXPIRED;
        return authorities.search(text, filter.statute(), filter.managingAgencyId(), blankToNull(filter.assistanceTypeCode()),
                blankToNull(filter.recipientTypeCode()), expired, today(), pageable).map(AuthorityService::toSummary);
    }

    @PreAuthorize("isAuthenticated()")
    public List<AuthoritySummary> all() {
        return authorities.findAllByOrderByShortName().stream().map(AuthorityService::toSummary).toList();
    }

    /** The assistance types each authority permits, by authority id: one statement for the whole catalogue. */
    @PreAuthorize("isAuthenticated()")
    public Map<Long, Set<String>> permittedAssistanceTypes() {
        return authorities.permittedAssistanceTypes().stream().collect(Collectors.groupingBy(row -> (Long) row[0],
                Collectors.mapping(row -> (String) row[1], Collectors.toSet())));
    }

    @PreAuthorize("isAuthenticated()")
    public Map<Long, AuthoritySummary> byIds(Collection<Long> ids) {
        return authorities.findAllById(ids).stream().map(AuthorityService::toSummary)
                .collect(Collectors.toMap(AuthoritySummary::id, Function.identity()));
    }

    @PreAuthorize("isAuthenticated()")
    public AuthorityDetail get(long id) {
        Authority a = authorities.findById(id).orElseThrow(() -> new NotFoundException("Authority", id));
        return new AuthorityDetail(a.getId(), a.getVersion(), a.getShortName(), a.getCitation(),
                a.getSectionReference(), a.getTitle(), a.getStatute(), a.getSourceAct(), a.getCategory(),
                a.getManagingAgencyId(), a.getFundingAccount(), a.getDuration(), a.getSunsetDate(),
                a.getNotificationDays(), a.getNotificationBasis(), a.getProgramArea(), a.getGuidance(),
                a.assistanceTypeCodes(), a.recipientTypeCodes(), a.getUpdatedAt(), a.getUpdatedBy());
    }

    /** Programs funded under the authority (from the programs module, through {@link ProgramLookup}). */
    @PreAuthorize("isAuthenticated()")
    public List<ProgramLookup.AuthorityProgramUse> programsUsing(long id) {
        return programs.getObject().programsUsing(id);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public long create(AuthorityCommand command) {
        validate(null, command);
        Authority authority = new Authority(command.shortName().trim(), command.citation().trim(),
                command.title().trim());
        apply(authority, command);
        long id = save(authority).getId();
        return id;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void update(long id, long expectedVersion, AuthorityCommand command) {
        Authority authority = authorities.findById(id).orElseThrow(() -> new NotFoundException("Authority", id));
        StaleEditException.check("Authority", id, expectedVersion, authority.getVersion());
        validate(authority, command);
        apply(authority, command);
        save(authority);
    }

    /** The statutory exceptions the authority carries, from the data the compliance engine applies. */
    @PreAuthorize("isAuthenticated()")
    public List<CarriedExceptionView> carriedExceptions(long id) {
        if (!authorities.existsById(id)) {
            throw new NotFoundException("Authority", id);
        }
        return restrictions.carriedBy(id);
    }

    /** The labels of the condition language's values, to show the exceptions' conditions in words. */
    @PreAuthorize("isAuthenticated()")
    public Map<String, Map<String, String>> conditionValueLabels() {
        return restrictions.conditionValueLabels();
    }

    /** The restrictions with statutory exceptions, to choose the exception an authority carries. */
    @PreAuthorize("isAuthenticated()")
    public List<RestrictionDetail> restrictionsWithExceptions() {
        return restrictions.all().stream().filter(r -> !r.exceptions().isEmpty()).toList();
    }

    /**
     * Records that the authority carries a statutory exception of a restriction; the compliance engine applies it
     * from then on (the change is published as {@link AuthorityChanged}, which recomputes the findings).
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void carryException(long id, CarriedExceptionCommand command) {
        Authority authority = authorities.findById(id).orElseThrow(() -> new NotFoundException("Authority", id));
        if (command.exceptionId() == null || exceptionLabels().get(command.exceptionId()) == null) {
            throw new FieldValidationException("exceptionId", "authority.exception.unknown");
        }
        if (authority.carries(command.exceptionId())) {
            throw new FieldValidationException("exceptionId", "authority.exception.duplicate");
        }
        if (command.applies() == null) {
            throw new FieldValidationException("applies", "authority.exception.applies.required");
        }
        String condition = null;
        if (command.applies() == ExceptionApplies.WHEN_CONDITION_HOLDS) {
            condition = blankToNull(command.conditionText());
            if (condition == null) {
                throw new FieldValidationException("conditionText", "authority.exception.condition.required");
            }
            try {
                ConditionVocabulary.parseAndValidate(condition, restrictions.conditionValues());
            } catch (ConditionException e) {
                throw new FieldValidationException("conditionText", e.messageKey(), e.arguments());
            }
        }
        String scope = blankToNull(command.scope());
        if (scope == null) {
            throw new FieldValidationException("scope", "authority.exception.scope.required");
        }
        authority.carry(command.exceptionId(), command.applies(), condition, scope);
        try {
            authorities.saveAndFlush(authority);
        } catch (DataIntegrityViolationException e) {
            throw new FieldValidationException("exceptionId", "authority.exception.duplicate");
        }
    }

    /** The authority no longer carries the exception; programs under it need a waiver or a claim again. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void stopCarrying(long id, long carriedId) {
        Authority authority = authorities.findById(id).orElseThrow(() -> new NotFoundException("Authority", id));
        if (!authority.stopCarrying(carriedId)) {
            throw new NotFoundException("Authority", id + "/exception/" + carriedId);
        }
        authorities.saveAndFlush(authority);
    }

    @PreAuthorize("isAuthenticated()")
    public List<HistoryEntry> history(long id) {
        if (!authorities.existsById(id)) {
            throw new NotFoundException("Authority", id);
        }
        Map<Long, String> agencyNames = agencies.tree().stream()
                .collect(Collectors.toMap(AgencySummary::id, AgencySummary::label, (a, b) -> a));
        Map<Long, String> exceptionLabels = exceptionLabels();
        RecordFields<Authority> fields = RecordFields.<Authority>describe()
                .and("shortName", "authority.shortName", Authority::getShortName)
                .and("citation", "authority.citation", Authority::getCitation)
                .and("sectionReference", "authority.sectionReference", Authority::getSectionReference)
                .and("title", "authority.title", Authority::getTitle)
                .and("statute", "authority.statute", a -> label("authority.statute.", a.getStatute()))
                .and("sourceAct", "authority.sourceAct", a -> label("authority.sourceAct.", a.getSourceAct()))
                .and("category", "authority.category", a -> label("authority.category.", a.getCategory()))
                .and("managingAgency", "authority.managingAgency",
                        a -> agencyNames.getOrDefault(a.getManagingAgencyId(), "#" + a.getManagingAgencyId()))
                .and("fundingAccount", "authority.fundingAccount", Authority::getFundingAccount)
                .and("duration", "authority.duration", a -> label("authority.duration.", a.getDuration()))
                .and("sunsetDate", "authority.sunsetDate", a -> RecordFields.text(a.getSunsetDate()))
                .and("notificationDays", "authority.notificationDays", a -> RecordFields.text(a.getNotificationDays()))
                .and("notificationBasis", "authority.notificationBasis", Authority::getNotificationBasis)
                .and("programArea", "authority.programArea", Authority::getProgramArea)
                .and("guidance", "authority.guidance", Authority::getGuidance)
                .and("statutory exceptions carried", "authority.exceptions", a -> a.getCarriedExceptions().stream()
                        .map(c -> describe(c, exceptionLabels)).collect(Collectors.joining("; ")));
        return RecordHistory.of(entityManager, Authority.class, id, fields);
    }

    /** The label of an enumerated value (message key prefix + name), "" for none. */
    private String label(String prefix, Enum<?> value) {
        return value == null ? "" : messages.getMessage(prefix + value.name(), null, value.name(),
                LocaleContextHolder.getLocale());
    }

    /** The label of each statutory exception by id, e.g. FAA s.660(b)(1) of 22 U.S.C. 2420 (FAA s.660). */
    private Map<Long, String> exceptionLabels() {
        Map<Long, String> labels = new HashMap<>();
        for (Restriction r : restrictionRepository.findAll()) {
            for (RestrictionException e : r.getExceptions()) {
                labels.put(e.getId(), messages.getMessage("authority.exception.label",
                        new Object[] {e.getCitation(), r.getCitation()}, LocaleContextHolder.getLocale()));
            }
        }
        return labels;
    }

    private String describe(CarriedException c, Map<Long, String> exceptionLabels) {
        String exception = exceptionLabels.getOrDefault(c.getExceptionId(), "#" + c.getExceptionId());
        return messages.getMessage("authority.exception.history." + c.getApplies(),
                new Object[] {exception, c.getScope(), c.getConditionText()}, LocaleContextHolder.getLocale());
    }

    private void validate(Authority existing, AuthorityCommand c) {
        String citation = c.citation() == null ? "" : c.citation().trim();
        String shortName = c.shortName() == null ? "" : c.shortName().trim();
        if ((existing == null || !existing.getCitation().equalsIgnoreCase(citation))
                && authorities.existsByCitationIgnoreCase(citation)) {
            throw new FieldValidationException("citation", "authority.citation.duplicate");
        }
        if ((existing == null || !existing.getShortName().equalsIgnoreCase(shortName))
                && authorities.existsByShortNameIgnoreCase(shortName)) {
            throw new FieldValidationException("shortName", "authority.shortName.duplicate");
        }
        if (c.duration() == AuthorityDuration.TEMPORARY && c.sunsetDate() == null) {
            throw new FieldValidationException("sunsetDate", "authority.sunsetDate.required");
        }
        if (c.notificationDays() != null && (c.notificationDays() < 0 || c.notificationDays() > 365)) {
            throw new FieldValidationException("notificationDays", "authority.notificationDays.range");
        }
        if (c.managingAgencyId() == null || agencies.find(c.managingAgencyId()).isEmpty()) {
            throw new FieldValidationException("managingAgencyId", "authority.managingAgency.unknown");
        }
        Set<String> assistance = codes(reference.assistanceTypes());
        if (c.assistanceTypeCodes() != null && !assistance.containsAll(c.assistanceTypeCodes())) {
            throw new FieldValidationException("assistanceTypeCodes", "authority.assistanceTypes.unknown");
        }
        Set<String> recipients = codes(reference.recipientTypes());
        if (c.recipientTypeCodes() != null && !recipients.containsAll(c.recipientTypeCodes())) {
            throw new FieldValidationException("recipientTypeCodes", "authority.recipientTypes.unknown");
        }
    }

    private static void apply(Authority a, AuthorityCommand c) {
        a.identify(c.shortName().trim(), c.citation().trim(), blankToNull(c.sectionReference()), c.title().trim());
        a.classify(c.statute(), c.sourceAct(), c.category(), c.managingAgencyId(), c.fundingAccount().trim());
        a.setDuration(c.duration(), c.sunsetDate());
        a.describe(c.notificationDays(), blankToNull(c.notificationBasis()), blankToNull(c.programArea()),
                blankToNull(c.guidance()));
        a.permit(c.assistanceTypeCodes() == null ? Set.of() : c.assistanceTypeCodes(),
                c.recipientTypeCodes() == null ? Set.of() : c.recipientTypeCodes());
    }

    private Authority save(Authority authority) {
        try {
            return authorities.saveAndFlush(authority);
        } catch (DataIntegrityViolationException e) {
            throw new FieldValidationException("citation", "authority.citation.duplicate");
        }
    }

    static AuthoritySummary toSummary(Authority a) {
        return new AuthoritySummary(a.getId(), a.getShortName(), a.getCitation(), a.getTitle(), a.getStatute(),
                a.getSourceAct(), a.getCategory(), a.getFundingAccount(), a.getManagingAgencyId(),
                a.getSunsetDate(), a.getNotificationDays());
    }

    private static Set<String> codes(List<ReferenceItem> items) {
        return items.stream().map(ReferenceItem::code).collect(Collectors.toSet());
    }

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
