package org.ssaplanner.programs;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.ssaplanner.authorities.ProgramLookup;

/** Tells the authorities module about programs: titles, programs found by text (waiver form), and which use an authority. */
@Component
class AuthorityProgramsAdapter implements ProgramLookup {

    private static final int MAX_LISTED = 500;

    private final ProgramFactsService facts;
    private final ProgramSearchService programs;

    AuthorityProgramsAdapter(ProgramFactsService facts, ProgramSearchService programs) {
        this.facts = facts;
        this.programs = programs;
    }

    @Override
    public Optional<String> programTitle(long programId) {
        return Optional.ofNullable(programTitles(List.of(programId)).get(programId));
    }

    @Override
    public Map<Long, String> programTitles(Collection<Long> programIds) {
        return facts.titles(programIds);
    }

    @Override
    public List<ProgramChoice> findPrograms(String text, int limit) {
        ProgramFilter filter = new ProgramFilter(null, null, null, null, null, null, null, null, null, null, text);
        return programs.search(filter, ProgramSort.TITLE, PageRequest.of(0, limit)).stream()
                .map(p -> new ProgramChoice(p.id(), p.title(), p.countryName(), p.status().name()))
                .toList();
    }

    @Override
    public List<ProgramChoice> findProgramsResponsible(String text, int limit, long agencyId, long userId) {
        return programs.searchResponsible(text, agencyId, userId, limit).stream()
                .map(p -> new ProgramChoice(p.id(), p.title(), p.countryName(), p.status().name()))
                .toList();
    }

    @Override
    public boolean anyResponsible(long agencyId, long userId) {
        return programs.anyResponsible(agencyId, userId);
    }

    @Override
    public Optional<Responsibility> responsibility(long programId) {
        return programs.responsibility(programId).map(r -> new Responsibility(r[0], r[1]));
    }

    @Override
    public List<AuthorityProgramUse> programsUsing(long authorityId) {
        ProgramFilter filter = new ProgramFilter(null, null, authorityId, null, null, null, null, null, null, null, null);
        return programs.search(filter, ProgramSort.TITLE, PageRequest.of(0, MAX_LISTED)).stream()
                .map(p -> new AuthorityProgramUse(p.id(), p.title(), p.countryName(), p.status().name(), p.allocated()))
                .toList();
    }
}
