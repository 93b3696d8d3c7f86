package org.ssaplanner.countryteam;

import static org.ssaplanner.shared.Text.blankToNull;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.agencies.AgencySummary;
import org.ssaplanner.countryteam.domain.PointsOfContact;
import org.ssaplanner.countryteam.domain.TeamMember;
import org.ssaplanner.countryteam.domain.TeamMemberRepository;
import org.ssaplanner.countryteam.domain.TeamPost;
import org.ssaplanner.countryteam.domain.TeamPostRepository;
import org.ssaplanner.plans.PlanContext;
import org.ssaplanner.plans.PlanService;
import org.ssaplanner.reference.CountryRef;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.shared.FieldValidationException;
import org.ssaplanner.shared.FieldValidationException.Violation;
import org.ssaplanner.shared.NotFoundException;
import org.ssaplanner.shared.StaleEditException;
import org.ssaplanner.shared.audit.AuditRevision;
import org.ssaplanner.shared.audit.HistoryEntry.FieldChange;
import org.ssaplanner.shared.audit.RecordFields;

/**
 * The country team on the ground (issue 14, section 3): posts and people per partner country, and the points of
 * contact of a plan among them. Everyone signed in reads; administrators and planners of the agency concerned (or
 * of an agency above it) change entries ({@link TeamPermissions}); the plan's conductor and administrators name the
 * plan's points of contact ({@code @planPermissions.canEdit}).
 */
@Service
@Transactional(readOnly = true)
public class CountryTeamService {

    private final TeamPostRepository posts;
    private final TeamMemberRepository members;
    private final PointsOfContact contacts;
    private final ReferenceDataService reference;
    private final AgencyService agencies;
    private final PlanService plans;
    private final TeamPermissions permissions;
    private final EntityManager entityManager;
    private final MessageSource messages;

    CountryTeamService(TeamPostRepository posts, TeamMemberRepository members, PointsOfContact contacts,
            ReferenceDataService reference, AgencyService agencies, PlanService plans, TeamPermissions permissions,
            EntityManager entityManager, MessageSource messages) {
        this.posts = posts;
        this.members = members;
        this.contacts = contacts;
        this.reference = reference;
        this.agencies = agencies;
        this.plans = plans;
        this.permissions = permissions;
        this.entityManager = entityManager;
        this.messages = messages;
    }

    /** The partner country of an ISO alpha-3 code (the roster's address); 404 for any other code. */
    @PreAuthorize("isAuthenticated()")
    public CountryRef country(String iso3) {
        String code = iso3 == null ? "" : iso3.trim();
        return reference.countryByCode(code).filter(c -> c.alpha3().equalsIgnoreCase(code))
                .orElseThrow(() -> new NotFoundException("Country", iso3));
    }

    /** The roster of a country, with its history: a fixed number of statements whatever its size. */
    @PreAuthorize("isAuthenticated()")
    public CountryTeam team(String iso3) {
        CountryRef country = country(iso3);
        List<TeamPost> countryPosts = new ArrayList<>(posts.findByCountryIdOrderByKindAscNameAsc(country.id()));
        countryPosts.sort(Comparator.comparing(TeamPost::getKind).thenComparing(TeamPost::getName));
        List<TeamMember> countryMembers = rosterOrder(members.findByCountryIdOrderByRoleAscNameAsc(country.id()));
        Map<Long, AgencySummary> agencyById = agencyById();
        Map<Long, Long> perPost = countryMembers.stream().filter(m -> m.getPostId() != null)
                .collect(Collectors.groupingBy(TeamMember::getPostId, Collectors.counting()));
        Authentication authentication = currentAuthentication();
        List<PostView> postViews = countryPosts.stream().map(p -> new PostView(p.getId(), p.getVersion(), p.getKind(),
                p.getName(), p.getCity(), p.getAgencyId(), label(agencyById, p.getAgencyId()),
                perPost.getOrDefault(p.getId(), 0L), permissions.canEditAgency(p.getAgencyId(), authentication),
                p.getUpdatedAt(), p.getUpdatedBy())).toList();
        List<MemberView> memberViews = views(countryMembers, countryPosts, agencyById, authentication);
        return new CountryTeam(country, postViews, memberViews, permissions.canAdd(authentication),
                history(country.id(), countryPosts, agencyById));
    }

    /** One member of a country's team, for its edit form; 404 when it is not on that country's team. */
    @PreAuthorize("isAuthenticated()")
    public MemberView member(String iso3, long memberId) {
        CountryRef country = country(iso3);
        TeamMember member = memberOf(country, memberId);
        return views(List.of(member), posts.findByCountryIdOrderByKindAscNameAsc(country.id()), agencyById(),
                currentAuthentication()).get(0);
    }

    /** One post of a country, for its edit form; 404 when the country has no such post. */
    @PreAuthorize("isAuthenticated()")
    public PostView post(String iso3, long postId) {
        CountryRef country = country(iso3);
        TeamPost p = postOf(country, postId);
        return new PostView(p.getId(), p.getVersion(), p.getKind(), p.getName(), p.getCity(), p.getAgencyId(),
                label(agencyById(), p.getAgencyId()), members.findByPostId(postId).size(),
                permissions.canEditAgency(p.getAgencyId(), currentAuthentication()), p.getUpdatedAt(),
                p.getUpdatedBy());
    }

    /** The agencies the signed-in user may make entries for (the form's choices): all for administrators. */
    @PreAuthorize("isAuthenticated()")
    public List<AgencySummary> agenciesForEntries() {
        Authentication authentication = currentAuthentication();
        return agencies.activeAgencies().stream()
                .filter(a -> permissions.canEditAgency(a.id(), authentication)).toList();
    }

    /** Guard of the add forms. */
    @PreAuthorize("@teamPermissions.canAdd(authentication)")
    public void checkCanAdd(String iso3) {
        country(iso3);
    }

    /** Guard of a member's edit form. */
    @PreAuthorize("@teamPermissions.canEditMember(#memberId, authentication)")
    public void checkCanEditMember(String iso3, long memberId) {
        memberOf(country(iso3), memberId);
    }

    /** Guard of a post's edit form. */
    @PreAuthorize("@teamPermissions.canEditPost(#postId, authentication)")
    public void checkCanEditPost(String iso3, long postId) {
        postOf(country(iso3), postId);
    }

    @PreAuthorize("@teamPermissions.canEditAgency(#command.agencyId(), authentication)")
    @Transactional
    public long addMember(String iso3, MemberCommand command) {
        CountryRef country = country(iso3);
        validate(country, command);
        TeamMember member = new TeamMember(country.id(), command.role(), command.name().trim(), command.agencyId(),
                command.postId(), blankToNull(command.contact()), command.tourStart(), command.tourEnd());
        return members.saveAndFlush(member).getId();
    }

    @PreAuthorize("@teamPermissions.canEditMember(#memberId, authentication)"
            + " and @teamPermissions.canEditAgency(#command.agencyId(), authentication)")
    @Transactional
    public void updateMember(String iso3, long memberId, long expectedVersion, MemberCommand command) {
        CountryRef country = country(iso3);
        TeamMember member = memberOf(country, memberId);
        StaleEditException.check("TeamMember", memberId, expectedVersion, member.getVersion());
        validate(country, command);
        member.describe(command.role(), command.name().trim(), command.agencyId(), command.postId(),
                blankToNull(command.contact()), command.tourStart(), command.tourEnd());
        members.saveAndFlush(member);
    }

    /** Removes a member (and with them their place among plans' points of contact). */
    @PreAuthorize("@teamPermissions.canEditMember(#memberId, authentication)")
    @Transactional
    public void removeMember(String iso3, long memberId) {
        TeamMember member = memberOf(country(iso3), memberId);
        members.delete(member);
        members.flush();
    }

    @PreAuthorize("@teamPermissions.canEditAgency(#command.agencyId(), authentication)")
    @Transactional
    public long addPost(String iso3, PostCommand command) {
        CountryRef country = country(iso3);
        validate(command);
        return posts.saveAndFlush(new TeamPost(country.id(), command.kind(), command.name().trim(),
                blankToNull(command.city()), command.agencyId())).getId();
    }

    @PreAuthorize("@teamPermissions.canEditPost(#postId, authentication)"
            + " and @teamPermissions.canEditAgency(#command.agencyId(), authentication)")
    @Transactional
    public void updatePost(String iso3, long postId, long expectedVersion, PostCommand command) {
        TeamPost post = postOf(country(iso3), postId);
        StaleEditException.check("TeamPost", postId, expectedVersion, post.getVersion());
        validate(command);
        post.describe(command.kind(), command.name().trim(), blankToNull(command.city()), command.agencyId());
        posts.saveAndFlush(post);
    }

    /** Removes a post; its members stay on the team without a post (recorded in their history). */
    @PreAuthorize("@teamPermissions.canEditPost(#postId, authentication)")
    @Transactional
    public void removePost(String iso3, long postId) {
        TeamPost post = postOf(country(iso3), postId);
        for (TeamMember member : members.findByPostId(postId)) {
            member.leavePost();
            members.save(member);
        }
        members.flush();
        posts.delete(post);
        posts.flush();
    }

    /** The plan page's country team: the team of the plan's country and the points of contact among them. */
    @PreAuthorize("isAuthenticated()")
    public PlanTeam planTeam(long planId) {
        PlanContext plan = plans.context(planId);
        CountryRef country = reference.country(plan.countryId()).orElseThrow();
        List<TeamMember> countryMembers = rosterOrder(members.findByCountryIdOrderByRoleAscNameAsc(country.id()));
        List<MemberView> views = views(countryMembers, posts.findByCountryIdOrderByKindAscNameAsc(country.id()),
                agencyById(), currentAuthentication());
        Set<Long> named = contacts.ofPlan(planId).stream().map(PointsOfContact.Named::memberId)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return new PlanTeam(planId, country, views, named, plans.canEdit(planId));
    }

    /**
     * Names the plan's points of contact: exactly these members of its country's team. The conductor and
     * administrators name them; a member of another country's team is refused.
     */
    @PreAuthorize("@planPermissions.canEdit(#planId, authentication)")
    @Transactional
    public void namePointsOfContact(long planId, Collection<Long> memberIds) {
        PlanContext plan = plans.context(planId);
        Set<Long> wanted = memberIds == null ? Set.of()
                : memberIds.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        Set<Long> onTeam = members.findByCountryIdOrderByRoleAscNameAsc(plan.countryId()).stream()
                .map(TeamMember::getId).collect(Collectors.toSet());
        if (!onTeam.containsAll(wanted)) {
            throw new FieldValidationException("memberIds", "team.contacts.notOnTeam");
        }
        contacts.replace(planId, wanted, currentAuthentication().getName());
    }

    private void validate(CountryRef country, MemberCommand command) {
        List<Violation> violations = new ArrayList<>();
        if (command.role() == null) {
            violations.add(new Violation("role", "team.member.role.required"));
        }
        if (command.name() == null || command.name().isBlank()) {
            violations.add(new Violation("name", "team.member.name.required"));
        }
        agencyViolation(command.agencyId()).ifPresent(violations::add);
        if (command.postId() != null && posts.findById(command.postId())
                .filter(p -> p.getCountryId() == country.id()).isEmpty()) {
            violations.add(new Violation("postId", "team.member.post.unknown"));
        }
        if (command.tourStart() != null && command.tourEnd() != null && command.tourEnd().isBefore(command.tourStart())) {
            violations.add(new Violation("tourEnd", "team.member.tour.order"));
        }
        if (!violations.isEmpty()) {
            throw new FieldValidationException(violations);
        }
    }

    private void validate(PostCommand command) {
        List<Violation> violations = new ArrayList<>();
        if (command.kind() == null) {
            violations.add(new Violation("kind", "team.post.kind.required"));
        }
        if (command.name() == null || command.name().isBlank()) {
            violations.add(new Violation("name", "team.post.name.required"));
        }
        agencyViolation(command.agencyId()).ifPresent(violations::add);
        if (!violations.isEmpty()) {
            throw new FieldValidationException(violations);
        }
    }

    private Optional<Violation> agencyViolation(Long agencyId) {
        if (agencyId == null) {
            return Optional.of(new Violation("agencyId", "team.agency.required"));
        }
        if (agencies.find(agencyId).filter(AgencySummary::active).isEmpty()) {
            return Optional.of(new Violation("agencyId", "team.agency.unknown"));
        }
        return Optional.empty();
    }

    private List<MemberView> views(List<TeamMember> list, List<TeamPost> countryPosts,
            Map<Long, AgencySummary> agencyById, Authentication authentication) {
        Map<Long, String> postNames = countryPosts.stream()
                .collect(Collectors.toMap(TeamPost::getId, TeamPost::getName));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return list.stream().map(m -> {
            AgencySummary agency = agencyById.get(m.getAgencyId());
            return new MemberView(m.getId(), m.getVersion(), m.getCountryId(), m.getRole(), m.getName(),
                    m.getAgencyId(), agency == null ? "?" : agency.code(), label(agencyById, m.getAgencyId()),
                    m.getPostId(), m.getPostId() == null ? null : postNames.get(m.getPostId()), m.getContact(),
                    m.getTourStart(), m.getTourEnd(), TourStatus.of(m.getTourEnd(), today),
                    permissions.canEditAgency(m.getAgencyId(), authentication), m.getUpdatedAt(), m.getUpdatedBy());
        }).toList();
    }

    /**
     * Every change of the country's posts and members, newest first, from their audit tables: one statement per
     * table whatever the number of entries and revisions (removed entries included: their last state is kept).
     */
    private List<TeamChange> history(long countryId, List<TeamPost> currentPosts, Map<Long, AgencySummary> agencyById) {
        List<Object[]> postRevisions = revisions(TeamPost.class, countryId);
        List<Object[]> memberRevisions = revisions(TeamMember.class, countryId);
        Map<Long, String> postNames = new HashMap<>();
        for (Object[] row : postRevisions) {
            TeamPost p = (TeamPost) row[0];
            postNames.put(p.getId(), p.getName());
        }
        currentPosts.forEach(p -> postNames.put(p.getId(), p.getName()));
        TeamFields.Names names = new TeamFields.Names(id -> label(agencyById, id),
                id -> postNames.getOrDefault(id, "?"), key -> messages.getMessage(key, null, key,
                        LocaleContextHolder.getLocale()));
        List<TeamChange> changes = new ArrayList<>();
        changes.addAll(changes(postRevisions, TeamFields.post(names).readFrom(TeamCommands::post), "team.history.post",
                row -> ((TeamPost) row).getName(), row -> ((TeamPost) row).getId()));
        changes.addAll(changes(memberRevisions, TeamFields.member(names).readFrom(TeamCommands::member),
                "team.history.member", row -> ((TeamMember) row).getName(), row -> ((TeamMember) row).getId()));
        changes.sort(Comparator.comparingLong(TeamChange::revision).reversed());
        return changes;
    }

    private List<Object[]> revisions(Class<?> type, long countryId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.property("countryId").eq(countryId))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        return rows;
    }

    private static <T> List<TeamChange> changes(List<Object[]> rows, RecordFields<T> fields, String subjectKey,
            Function<Object, String> subject, Function<Object, Long> idOf) {
        Map<Long, T> previous = new HashMap<>();
        List<TeamChange> result = new ArrayList<>();
        for (Object[] row : rows) {
            @SuppressWarnings("unchecked")
            T snapshot = (T) row[0];
            AuditRevision revision = (AuditRevision) row[1];
            RevisionType type = (RevisionType) row[2];
            Long id = idOf.apply(row[0]);
            T before = previous.get(id);
            List<FieldChange> changed = new ArrayList<>();
            if (type != RevisionType.DEL) {
                for (var field : fields.fields()) {
                    String was = before == null ? "" : Objects.toString(field.text().apply(before), "");
                    String now = Objects.toString(field.text().apply(snapshot), "");
                    if (!was.equals(now)) {
                        changed.add(new FieldChange(field.name(), field.labelKey(), was, now));
                    }
                }
            }
            result.add(new TeamChange(revision.getId(), revision.getChangedAt(), revision.getChangedBy(), type.name(), subjectKey,
                    subject.apply(row[0]), changed));
            previous.put(id, snapshot);
        }
        return result;
    }

    /** The roster's order: by role as {@link TeamRole} lists them (Chief of Mission first), then by name. */
    private static List<TeamMember> rosterOrder(List<TeamMember> found) {
        List<TeamMember> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparing(TeamMember::getRole).thenComparing(TeamMember::getName));
        return sorted;
    }

    private TeamMember memberOf(CountryRef country, long memberId) {
        return members.findById(memberId).filter(m -> m.getCountryId() == country.id())
                .orElseThrow(() -> new NotFoundException("Team member", memberId));
    }

    private TeamPost postOf(CountryRef country, long postId) {
        return posts.findById(postId).filter(p -> p.getCountryId() == country.id())
                .orElseThrow(() -> new NotFoundException("Post", postId));
    }

    private Map<Long, AgencySummary> agencyById() {
        return agencies.tree().stream().collect(Collectors.toMap(AgencySummary::id, Function.identity()));
    }

    private static String label(Map<Long, AgencySummary> agencyById, long id) {
        AgencySummary agency = agencyById.get(id);
        return agency == null ? "?" : agency.label();
    }

    private static Authentication currentAuthentication() {
        return SecurityContextHolder.getContext().getAuthentication();
    }
}
