package org.ssaplanner.workforce;

import static org.ssaplanner.shared.Text.blankToNull;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ssaplanner.accounts.UserAccountService;
import org.ssaplanner.accounts.UserRef;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.agencies.AgencySummary;
import org.ssaplanner.plans.PlanContext;
import org.ssaplanner.plans.PlanService;
import org.ssaplanner.reference.CountryRef;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.shared.FieldValidationException;
import org.ssaplanner.shared.FieldValidationException.Violation;
import org.ssaplanner.shared.NotFoundException;
import org.ssaplanner.shared.StaleEditException;
import org.ssaplanner.shared.audit.HistoryEntry;
import org.ssaplanner.shared.audit.RecordFields;
import org.ssaplanner.shared.audit.RecordHistory;
import org.ssaplanner.workforce.domain.Certification;
import org.ssaplanner.workforce.domain.CertificationLevel;
import org.ssaplanner.workforce.domain.CertificationLevelRepository;
import org.ssaplanner.workforce.domain.CertificationRepository;
import org.ssaplanner.workforce.domain.FunctionalArea;
import org.ssaplanner.workforce.domain.FunctionalAreaRepository;
import org.ssaplanner.workforce.domain.Person;
import org.ssaplanner.workforce.domain.PersonRepository;
import org.ssaplanner.workforce.domain.Position;
import org.ssaplanner.workforce.domain.PositionRepository;
import org.ssaplanner.workforce.domain.Training;
import org.ssaplanner.workforce.domain.TrainingRepository;

/**
 * People and positions of the workforce (issue 16, items 1 and 2). Every signed-in user reads names, agencies and
 * contacts; administrators and planners of the agency (or one above it) maintain them; certifications and other
 * personal data are read only by administrators, evaluators and planners of the person's agency
 * ({@link WorkforcePermissions}), and this service leaves them out for everyone else.
 */
@Service
@Transactional(readOnly = true)
public class WorkforceService {

    private final PersonRepository people;
    private final CertificationRepository certifications;
    private final PositionRepository positions;
    private final CertificationLevelRepository levels;
    private final FunctionalAreaRepository areas;
    private final AgencyService agencies;
    private final ReferenceDataService reference;
    private final WorkforcePermissions permissions;
    private final AssignmentReads assignments;
    private final WorkforceValidator validator;
    private final TrainingRepository training;
    private final UserAccountService users;
    private final EntityManager entityManager;
    private final MessageSource messages;
    private final PlanService plans;

    WorkforceService(PersonRepository people, CertificationRepository certifications, PositionRepository positions,
            CertificationLevelRepository levels, FunctionalAreaRepository areas, AgencyService agencies,
            ReferenceDataService reference, WorkforcePermissions permissions, AssignmentReads assignments,
            WorkforceValidator validator, TrainingRepository training, UserAccountService users,
            EntityManager entityManager, MessageSource messages, PlanService plans) {
        this.plans = plans;
        this.users = users;
        this.entityManager = entityManager;
        this.messages = messages;
        this.people = people;
        this.certifications = certifications;
        this.positions = positions;
        this.levels = levels;
        this.areas = areas;
        this.agencies = agencies;
        this.reference = reference;
        this.permissions = permissions;
        this.assignments = assignments;
        this.validator = validator;
        this.training = training;
    }

    // ---- people

    @PreAuthorize("isAuthenticated()")
    public Page<PersonRow> people(Long agencyId, String name, Pageable pageable) {
        Map<Long, AgencySummary> agencyById = agencyById();
        return people.search(agencyId, blankToNull(name == null ? null : name.trim()), pageable)
                .map(p -> new PersonRow(p.getId(), p.getName(), code(agencyById, p.getAgencyId()), p.getCategory(),
                        p.getContact()));
    }

    /** A person, with their personal data only for those who may see it. */
    @PreAuthorize("isAuthenticated()")
    public PersonDetail person(long id) {
        Person p = personOf(id);
        Authentication authentication = currentAuthentication();
        boolean personal = permissions.canSeePersonalData(p.getAgencyId(), authentication);
        AgencySummary agency = agencyById().get(p.getAgencyId());
        return new PersonDetail(p.getId(), p.getVersion(), p.getName(), p.getAgencyId(),
                agency == null ? "?" : agency.label(), p.getCategory(), p.getContact(), personal,
                personal ? p.getDateOfBirth() : null, personal ? p.getEmployeeNumber() : null,
                personal ? p.getInteragencyExperience() : null, personal ? certificationViews(id) : List.of(),
                personal ? trainingViews(id) : List.of(),
                assignments.ofPerson(id, authentication),
                permissions.canMaintainAgency(p.getAgencyId(), authentication), p.getUserId(),
                p.getUserId() == null ? null : users.findRef(p.getUserId()).map(UserRef::label).orElse(null),
                permissions.canLinkUsers(authentication), personHistory(id, personal));
    }

    /**
     * The users a person may be linked to (the form's choices): the active users of the agencies the current user
     * maintains, for administrators only (everyone else gets none: only administrators link users).
     */
    @PreAuthorize("isAuthenticated()")
    public boolean canLinkUsers() {
        return permissions.canLinkUsers(currentAuthentication());
    }

    @PreAuthorize("isAuthenticated()")
    public List<UserRef> linkableUsers() {
        if (!permissions.canLinkUsers(currentAuthentication())) {
            return List.of();
        }
        return users.activeUsers();
    }

    /** The certifications a person holds: 403 for users who may not see them. */
    @PreAuthorize("@workforcePermissions.canSeeCertifications(#personId, authentication)")
    public List<CertificationView> certifications(long personId) {
        personOf(personId);
        return certificationViews(personId);
    }

    /** The agencies the user may make entries for (the forms' choices): all active ones for administrators. */
    @PreAuthorize("isAuthenticated()")
    public List<AgencySummary> agenciesForEntries() {
        Authentication authentication = currentAuthentication();
        return agencies.activeAgencies().stream()
                .filter(a -> permissions.canMaintainAgency(a.id(), authentication)).toList();
    }

    @PreAuthorize("@workforcePermissions.canAdd(authentication)")
    public void checkCanAdd() {
    }

    @PreAuthorize("@workforcePermissions.canEditPerson(#id, authentication)")
    public void checkCanEditPerson(long id) {
        personOf(id);
    }

    @PreAuthorize("@workforcePermissions.canEditPosition(#id, authentication)")
    public void checkCanEditPosition(long id) {
        positionOf(id);
    }

    @PreAuthorize("@workforcePermissions.canMaintainAgency(#command.agencyId(), authentication)")
    @Transactional
    public long addPerson(PersonCommand command) {
        validator.validate(command, null);
        Long userId = linkedUser(command, null, null);
        Person person = new Person(command.name().trim(), command.agencyId(), command.category(),
                command.dateOfBirth(), blankToNull(command.employeeNumber()), blankToNull(command.contact()),
                blankToNull(command.interagencyExperience()));
        person.linkUser(userId);
        return people.saveAndFlush(person).getId();
    }

    @PreAuthorize("@workforcePermissions.canEditPerson(#id, authentication)"
            + " and @workforcePermissions.canMaintainAgency(#command.agencyId(), authentication)")
    @Transactional
    public void updatePerson(long id, long expectedVersion, PersonCommand command) {
        Person person = personOf(id);
        StaleEditException.check("Person", id, expectedVersion, person.getVersion());
        validator.validate(command, id);
        Long userId = linkedUser(command, id, person.getUserId());
        person.describe(command.name().trim(), command.agencyId(), command.category(), command.dateOfBirth(),
                blankToNull(command.employeeNumber()), blankToNull(command.contact()),
                blankToNull(command.interagencyExperience()));
        person.linkUser(userId);
        people.saveAndFlush(person);
    }

    /**
     * The user the person is to be linked to: the command's link from an administrator, otherwise the current one
     * (a link from anyone else is refused). The user must exist, belong to the person's agency and be linked to no
     * other person; a person whose agency changes keeps their link only if the user is of the new agency.
     */
    private Long linkedUser(PersonCommand command, Long personId, Long current) {
        Long userId = current;
        if (command.userLink() != null) {
            if (!permissions.canLinkUsers(currentAuthentication())) {
                if (!Objects.equals(command.userLink().userId(), current)) {
                    throw new AccessDeniedException("only administrators link users");
                }
            }
            userId = command.userLink().userId();
        }
        if (userId == null) {
            return null;
        }
        Optional<UserRef> user = users.findRef(userId);
        if (user.isEmpty()) {
            throw new FieldValidationException(List.of(new Violation("userId", "workforce.person.user.unknown")));
        }
        if (user.get().agencyId() != command.agencyId()) {
            throw new FieldValidationException(List.of(new Violation(
                    command.userLink() != null ? "userId" : "agencyId", "workforce.person.user.agency",
                    user.get().label())));
        }
        Optional<Person> holder = people.findByUserId(userId).filter(p -> !p.getId().equals(personId));
        if (holder.isPresent()) {
            throw new FieldValidationException(List.of(new Violation("userId", "workforce.person.user.taken",
                    user.get().label(), holder.get().getName())));
        }
        return userId;
    }

    /** The fields of a person only those who may see personal data see the changes of. */
    private static final Set<String> PERSONAL_FIELDS = Set.of("dateOfBirth", "employeeNumber",
            "interagencyExperience");

    /**
     * A person's change history, newest first: their own fields for everyone signed in (without the personal ones
     * unless {@code personal}) and, for those who may see personal data, the changes of their certifications and
     * training records too (removed ones included). One statement per audited table whatever the history's length.
     */
    private List<HistoryEntry> personHistory(long id, boolean personal) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<Long, AgencySummary> agencyById = agencyById();
        Map<Long, String> userLabels = new HashMap<>();
        RecordFields<Person> fields = RecordFields.<Person>describe()
                .and("name", "workforce.name", Person::getName)
                .and("agency", "workforce.agency", p -> label(agencyById, p.getAgencyId()))
                .and("category", "workforce.category", p -> p.getCategory() == null ? null
                        : messages.getMessage("workforce.category." + p.getCategory().name(), null, locale))
                .and("dateOfBirth", "workforce.person.dateOfBirth", p -> RecordFields.text(p.getDateOfBirth()))
                .and("employeeNumber", "workforce.person.employeeNumber", Person::getEmployeeNumber)
                .and("contact", "workforce.person.contact", Person::getContact)
                .and("user", "workforce.person.user", p -> p.getUserId() == null ? null
                        : userLabels.computeIfAbsent(p.getUserId(),
                                k -> users.findRef(k).map(UserRef::label).orElse("#" + k)))
                .and("interagencyExperience", "workforce.person.experience", Person::getInteragencyExperience);
        List<HistoryEntry> own = RecordHistory.of(entityManager, Person.class, id, fields);
        if (!personal) {
            return own.stream()
                    .map(e -> e.withChanges(e.changes().stream()
                            .filter(c -> !PERSONAL_FIELDS.contains(c.field())).toList()))
                    .filter(e -> !e.changes().isEmpty() || !"MOD".equals(e.changeType()))
                    .toList();
        }
        Map<Long, String> areaNames = areas.findAll().stream()
                .collect(Collectors.toMap(FunctionalArea::getId, FunctionalArea::getName));
        Map<Long, String> levelNames = levels.findAll().stream()
                .collect(Collectors.toMap(CertificationLevel::getId, CertificationLevel::getName));
        Function<Certification, String> area = c -> areaNames.getOrDefault(c.getAreaId(), "#" + c.getAreaId());
        Function<Certification, String> level = c -> levelNames.getOrDefault(c.getLevelId(), "#" + c.getLevelId());
        RecordFields<Certification> certificationFields = RecordFields.<Certification>describe()
                .and("area", "workforce.certification.area", area)
                .and("level", "workforce.certification.level", level)
                .and("certifiedOn", "workforce.certification.certifiedOn", c -> RecordFields.text(c.getCertifiedOn()))
                .and("expiresOn", "workforce.certification.expiresOn", c -> RecordFields.text(c.getExpiresOn()));
        RecordFields<Training> trainingFields = RecordFields.<Training>describe()
                .and("course", "workforce.training.course", Training::getCourse)
                .and("completedOn", "workforce.training.completedOn", t -> RecordFields.text(t.getCompletedOn()))
                .and("expiresOn", "workforce.certification.expiresOn", t -> RecordFields.text(t.getExpiresOn()));
        return RecordHistory.merge(own,
                RecordHistory.ofAll(entityManager, Certification.class, "personId", id, Certification::getId,
                        certificationFields, "workforce.history.certification",
                        c -> area.apply(c) + ", " + level.apply(c)),
                RecordHistory.ofAll(entityManager, Training.class, "personId", id, Training::getId, trainingFields,
                        "workforce.history.training", Training::getCourse));
    }

    private static String label(Map<Long, AgencySummary> agencyById, long id) {
        AgencySummary agency = agencyById.get(id);
        return agency == null ? "#" + id : agency.label();
    }

    @PreAuthorize("@workforcePermissions.canEditPerson(#personId, authentication)")
    @Transactional
    public long addCertification(long personId, CertificationCommand command) {
        personOf(personId);
        List<Violation> violations = new ArrayList<>();
        if (command.areaId() == null || areas.findById(command.areaId()).isEmpty()) {
            violations.add(new Violation("areaId", "workforce.certification.area.required"));
        }
        if (command.levelId() == null || levels.findById(command.levelId()).isEmpty()) {
            violations.add(new Violation("levelId", "workforce.certification.level.required"));
        }
        if (command.certifiedOn() == null) {
            violations.add(new Violation("certifiedOn", "workforce.certification.date.required"));
        } else if (command.certifiedOn().isAfter(today())) {
            violations.add(new Violation("certifiedOn", "workforce.certification.date.future"));
        } else if (command.expiresOn() != null && command.expiresOn().isBefore(command.certifiedOn())) {
            violations.add(new Violation("expiresOn", "workforce.certification.expiry.order"));
        }
        if (!violations.isEmpty()) {
            throw new FieldValidationException(violations);
        }
        return certifications.saveAndFlush(new Certification(personId, command.areaId(), command.levelId(),
                command.certifiedOn(), command.expiresOn())).getId();
    }

    @PreAuthorize("@workforcePermissions.canEditPerson(#personId, authentication)")
    @Transactional
    public void removeCertification(long personId, long certificationId) {
        Certification certification = certifications.findById(certificationId)
                .filter(c -> c.getPersonId() == personId)
                .orElseThrow(() -> new NotFoundException("Certification", certificationId));
        certifications.delete(certification);
        certifications.flush();
    }

    /**
     * Records a training of a person (issue 16, item 2): a course (200 characters at most), the date it was completed
     * (not in the future) and its expiry (not before that date), or nothing is saved.
     */
    @PreAuthorize("@workforcePermissions.canEditPerson(#personId, authentication)")
    @Transactional
    public long addTraining(long personId, TrainingCommand command) {
        personOf(personId);
        List<Violation> violations = new ArrayList<>();
        String course = command.course() == null ? null : command.course().strip();
        if (course == null || course.isEmpty()) {
            violations.add(new Violation("course", "workforce.training.course.required"));
        } else if (course.length() > 200) {
            violations.add(new Violation("course", "workforce.training.course.length"));
        }
        if (command.completedOn() == null) {
            violations.add(new Violation("completedOn", "workforce.training.date.required"));
        } else if (command.completedOn().isAfter(today())) {
            violations.add(new Violation("completedOn", "workforce.certification.date.future"));
        } else if (command.expiresOn() != null && command.expiresOn().isBefore(command.completedOn())) {
            violations.add(new Violation("expiresOn", "workforce.certification.expiry.order"));
        }
        if (!violations.isEmpty()) {
            throw new FieldValidationException(violations);
        }
        return training.saveAndFlush(new Training(personId, course, command.completedOn(), command.expiresOn()))
                .getId();
    }

    @PreAuthorize("@workforcePermissions.canEditPerson(#personId, authentication)")
    @Transactional
    public void removeTraining(long personId, long trainingId) {
        Training record = training.findById(trainingId).filter(t -> t.getPersonId() == personId)
                .orElseThrow(() -> new NotFoundException("Training", trainingId));
        training.delete(record);
        training.flush();
    }

    /** How many choices a form's select offers at most; a search narrows them. */
    public static final int CHOICE_LIMIT = 50;

    private static final Set<PostType> POSTS_SERVING_EVERY_COUNTRY = Set.of(PostType.HEADQUARTERS,
            PostType.COMBATANT_COMMAND);

    /**
     * The people a plan's assignment form offers: those of the plan's participating agencies (and the agencies below
     * them) that the user may assign (of agencies they maintain), whose name contains {@code query}, by name, at most {@link #CHOICE_LIMIT}, the chosen one kept.
     */
    @PreAuthorize("isAuthenticated()")
    public Choices<PersonRow> personChoicesForPlan(long planId, String query, Long chosen) {
        return personChoices(assignable(plans.context(planId).participatingAgencyIds()), query, chosen);
    }

    /**
     * The positions a plan's assignment form offers: those that can serve it and that the user may assign, of its
     * participating agencies (and the agencies below them) that the user maintains, posted in the plan's country or at headquarters or a combatant command, whose title or
     * post contains {@code query}, by title, at most {@link #CHOICE_LIMIT}, the chosen one kept.
     */
    @PreAuthorize("isAuthenticated()")
    public Choices<PositionRef> positionChoicesForPlan(long planId, String query, Long chosen) {
        PlanContext plan = plans.context(planId);
        String text = blankToNull(query == null ? null : query.trim());
        Set<Long> agencyIds = assignable(plan.participatingAgencyIds());
        if (agencyIds.isEmpty()) {
            agencyIds = Set.of(-1L);
        }
        Page<Position> page = positions.servingCountry(agencyIds, plan.countryId(), POSTS_SERVING_EVERY_COUNTRY, text,
                PageRequest.of(0, CHOICE_LIMIT, Sort.by("title", "id")));
        List<Position> found = new ArrayList<>(page.getContent());
        if (chosen != null && found.stream().noneMatch(p -> p.getId().equals(chosen))) {
            positions.findById(chosen).ifPresent(p -> found.add(0, p));
        }
        Names names = names(found);
        return new Choices<>(found.stream().map(p -> new PositionRef(p.getId(), p.getTitle(),
                code(names.agencies(), p.getAgencyId()), p.getPersonId() == null ? null
                        : names.people().get(p.getPersonId()))).toList(), page.getTotalElements(), text);
    }

    /**
     * The people a position form offers as its holder: those of the position's agency and the agencies below it
     * (of every agency the user may make entries for while none is chosen) whose name contains {@code query}, at
     * most {@link #CHOICE_LIMIT}, the chosen one kept.
     */
    @PreAuthorize("isAuthenticated()")
    public Choices<PersonRow> personChoicesForPosition(Long agencyId, String query, Long chosen) {
        Set<Long> agencyIds = agencyId != null ? withDescendants(Set.of(agencyId))
                : agenciesForEntries().stream().map(AgencySummary::id).collect(Collectors.toSet());
        return personChoices(agencyIds, query, chosen);
    }

    private Choices<PersonRow> personChoices(Set<Long> agencyIds, String query, Long chosen) {
        String text = blankToNull(query == null ? null : query.trim());
        if (agencyIds.isEmpty()) {
            agencyIds = Set.of(-1L);
        }
        Page<Person> page = people.choices(agencyIds, text, PageRequest.of(0, CHOICE_LIMIT, Sort.by("name", "id")));
        List<Person> found = new ArrayList<>(page.getContent());
        if (chosen != null && found.stream().noneMatch(p -> p.getId().equals(chosen))) {
            people.findById(chosen).ifPresent(p -> found.add(0, p));
        }
        Map<Long, AgencySummary> agencyById = agencyById();
        return new Choices<>(found.stream().map(p -> new PersonRow(p.getId(), p.getName(),
                code(agencyById, p.getAgencyId()), p.getCategory(), p.getContact())).toList(),
                page.getTotalElements(), text);
    }

    /**
     * The agencies whose people and positions the user may assign to a plan with these participating agencies: the
     * participating agencies and those below them that the user maintains (all of them for administrators).
     */
    private Set<Long> assignable(Set<Long> participating) {
        Authentication authentication = currentAuthentication();
        return withDescendants(participating).stream()
                .filter(id -> permissions.canMaintainAgency(id, authentication)).collect(Collectors.toSet());
    }

    /** The agencies and every agency below them in the tree. */
    private Set<Long> withDescendants(Set<Long> roots) {
        List<AgencySummary> tree = agencies.tree();
        Set<Long> result = new HashSet<>(roots);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (AgencySummary agency : tree) {
                if (agency.parentId() != null && result.contains(agency.parentId()) && result.add(agency.id())) {
                    grew = true;
                }
            }
        }
        return result;
    }

    // ---- positions

    @PreAuthorize("isAuthenticated()")
    public Page<PositionView> positions(Long agencyId, Pageable pageable) {
        Page<Position> page = positions.search(agencyId, pageable);
        Names names = names(page.getContent());
        Authentication authentication = currentAuthentication();
        return page.map(p -> view(p, names, authentication));
    }

    @PreAuthorize("isAuthenticated()")
    public PositionView position(long id) {
        Position p = positionOf(id);
        return view(p, names(List.of(p)), currentAuthentication());
    }

    /** A position's page: everyone signed in sees the position, the work assigned to it and its history. */
    @PreAuthorize("isAuthenticated()")
    public PositionDetail positionDetail(long id) {
        Position p = positionOf(id);
        Authentication authentication = currentAuthentication();
        return new PositionDetail(view(p, names(List.of(p)), authentication),
                assignments.ofPosition(id, authentication), positionHistory(id));
    }

    private List<HistoryEntry> positionHistory(long id) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<Long, AgencySummary> agencyById = agencyById();
        Map<Long, String> countries = reference.countries().stream()
                .collect(Collectors.toMap(CountryRef::id, CountryRef::name));
        Map<Long, String> areaNames = areas.findAll().stream()
                .collect(Collectors.toMap(FunctionalArea::getId, FunctionalArea::getName));
        Map<Long, String> levelNames = levels.findAll().stream()
                .collect(Collectors.toMap(CertificationLevel::getId, CertificationLevel::getName));
        Map<Long, String> holders = new HashMap<>();
        RecordFields<Position> fields = RecordFields.<Position>describe()
                .and("title", "workforce.position.title", Position::getTitle)
                .and("agency", "workforce.agency", p -> label(agencyById, p.getAgencyId()))
                .and("post", "workforce.position.post", p -> p.getPostType() == null ? null
                        : messages.getMessage("workforce.post." + p.getPostType().name(), null, locale))
                .and("postName", "workforce.position.postName", Position::getPostName)
                .and("country", "workforce.position.country", p -> p.getCountryId() == null ? null
                        : countries.getOrDefault(p.getCountryId(), "#" + p.getCountryId()))
                .and("category", "workforce.category", p -> p.getCategory() == null ? null
                        : messages.getMessage("workforce.category." + p.getCategory().name(), null, locale))
                .and("area", "workforce.certification.area", p -> p.getAreaId() == null ? null
                        : areaNames.getOrDefault(p.getAreaId(), "#" + p.getAreaId()))
                .and("requiredLevel", "workforce.position.requiredLevel", p -> p.getRequiredLevelId() == null ? null
                        : levelNames.getOrDefault(p.getRequiredLevelId(), "#" + p.getRequiredLevelId()))
                .and("authorized", "workforce.position.authorized", p -> messages.getMessage(
                        p.isAuthorized() ? "common.yes" : "common.no", null, locale))
                .and("person", "workforce.position.filledBy", p -> p.getPersonId() == null ? null
                        : holders.computeIfAbsent(p.getPersonId(), k -> people.findById(k).map(Person::getName)
                                .orElse("#" + k)))
                .and("filledFrom", "workforce.position.filledFrom", p -> RecordFields.text(p.getFilledFrom()))
                .and("filledTo", "workforce.position.filledTo", p -> RecordFields.text(p.getFilledTo()));
        return RecordHistory.of(entityManager, Position.class, id, fields);
    }

    @PreAuthorize("@workforcePermissions.canMaintainAgency(#command.agencyId(), authentication)")
    @Transactional
    public long addPosition(PositionCommand command) {
        validator.validate(command);
        return positions.saveAndFlush(new Position(command)).getId();
    }

    @PreAuthorize("@workforcePermissions.canEditPosition(#id, authentication)"
            + " and @workforcePermissions.canMaintainAgency(#command.agencyId(), authentication)")
    @Transactional
    public void updatePosition(long id, long expectedVersion, PositionCommand command) {
        Position position = positionOf(id);
        StaleEditException.check("Position", id, expectedVersion, position.getVersion());
        validator.validate(command);
        position.describe(command);
        positions.saveAndFlush(position);
    }

    // ---- views

    private List<TrainingView> trainingViews(long personId) {
        return training.findByPersonIdOrderByCompletedOnDescIdDesc(personId).stream()
                .map(t -> new TrainingView(t.getId(), t.getCourse(), t.getCompletedOn(), t.getExpiresOn())).toList();
    }

    private List<CertificationView> certificationViews(long personId) {
        Map<Long, FunctionalArea> areaById = areas.findAll().stream()
                .collect(Collectors.toMap(FunctionalArea::getId, Function.identity()));
        Map<Long, CertificationLevel> levelById = levels.findAll().stream()
                .collect(Collectors.toMap(CertificationLevel::getId, Function.identity()));
        return certifications.findByPersonIdOrderByCertifiedOnDesc(personId).stream().map(c -> {
            FunctionalArea area = areaById.get(c.getAreaId());
            CertificationLevel level = levelById.get(c.getLevelId());
            return new CertificationView(c.getId(), c.getAreaId(), area.getName(), c.getLevelId(), level.getName(),
                    level.getRank(), c.getCertifiedOn(), c.getExpiresOn());
        }).toList();
    }

    private record Names(Map<Long, AgencySummary> agencies, Map<Long, String> countries, Map<Long, String> areas,
            Map<Long, String> levels, Map<Long, String> people) {
    }

    private Names names(List<Position> list) {
        Map<Long, String> countries = reference.countries().stream()
                .collect(Collectors.toMap(CountryRef::id, CountryRef::name));
        Map<Long, String> areaNames = areas.findAll().stream()
                .collect(Collectors.toMap(FunctionalArea::getId, FunctionalArea::getName));
        Map<Long, String> levelNames = levels.findAll().stream()
                .collect(Collectors.toMap(CertificationLevel::getId, CertificationLevel::getName));
        Map<Long, String> personNames = people.findAllById(list.stream().map(Position::getPersonId)
                .filter(Objects::nonNull).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Person::getId, Person::getName));
        return new Names(agencyById(), countries, areaNames, levelNames, personNames);
    }

    private PositionView view(Position p, Names names, Authentication authentication) {
        return new PositionView(p.getId(), p.getVersion(), p.getTitle(), p.getAgencyId(),
                code(names.agencies(), p.getAgencyId()), p.getPostType(), p.getPostName(), p.getCountryId(),
                p.getCountryId() == null ? null : names.countries().get(p.getCountryId()), p.getCategory(),
                p.getAreaId(), p.getAreaId() == null ? null : names.areas().get(p.getAreaId()),
                p.getRequiredLevelId(), p.getRequiredLevelId() == null ? null : names.levels().get(p.getRequiredLevelId()),
                p.isAuthorized(), p.getPersonId(), p.getPersonId() == null ? null : names.people().get(p.getPersonId()),
                p.getFilledFrom(), p.getFilledTo(), permissions.canMaintainAgency(p.getAgencyId(), authentication));
    }

    private Person personOf(long id) {
        return people.findById(id).orElseThrow(() -> new NotFoundException("Person", id));
    }

    private Position positionOf(long id) {
        return positions.findById(id).orElseThrow(() -> new NotFoundException("Position", id));
    }

    private Map<Long, AgencySummary> agencyById() {
        return agencies.tree().stream().collect(Collectors.toMap(AgencySummary::id, Function.identity()));
    }

    private static String code(Map<Long, AgencySummary> agencyById, long id) {
        AgencySummary agency = agencyById.get(id);
        return agency == null ? "?" : agency.code();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    private static Authentication currentAuthentication() {
        return SecurityContextHolder.getContext().getAuthentication();
    }
}
