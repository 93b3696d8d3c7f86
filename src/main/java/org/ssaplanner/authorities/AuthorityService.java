package org.ssaplanner.authorities;

import static org.ssaplanner.shared.Text.blankToNull;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.authorities.domain.Authority;
import org.ssaplanner.authorities.domain.AuthorityRepository;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.reference.ReferenceItem;
import org.ssaplanner.shared.FieldValidationException;
import org.ssaplanner.shared.NotFoundException;
import org.ssaplanner.shared.StaleEditException;
import org.ssaplanner.shared.audit.HistoryEntry;
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

    AuthorityService(AuthorityRepository authorities, AgencyService agencies, ReferenceDataService reference,
            ObjectProvider<ProgramLookup> programs, EntityManager entityManager) {
        this.authorities = authorities;
        this.agencies = agencies;
        this.reference = reference;
        this.programs = programs;
        this.entityManager = entityManager;
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

    @PreAuthorize("isAuthenticated()")
    public List<HistoryEntry> history(long id) {
        if (!authorities.existsById(id)) {
            throw new NotFoundException("Authority", id);
        }
        Map<String, Function<Authority, Object>> fields = new LinkedHashMap<>();
        fields.put("shortName", Authority::getShortName);
        fields.put("citation", Authority::getCitation);
        fields.put("sectionReference", Authority::getSectionReference);
        fields.put("title", Authority::getTitle);
        fields.put("statute", Authority::getStatute);
        fields.put("sourceAct", Authority::getSourceAct);
        fields.put("category", Authority::getCategory);
        fields.put("managingAgency", Authority::getManagingAgencyId);
        fields.put("fundingAccount", Authority::getFundingAccount);
        fields.put("duration", Authority::getDuration);
        fields.put("sunsetDate", Authority::getSunsetDate);
        fields.put("notificationDays", Authority::getNotificationDays);
        fields.put("notificationBasis", Authority::getNotificationBasis);
        fields.put("programArea", Authority::getProgramArea);
        fields.put("guidance", Authority::getGuidance);
        return RecordHistory.of(entityManager, Authority.class, id, fields);
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
