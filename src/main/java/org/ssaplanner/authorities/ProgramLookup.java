package org.ssaplanner.authorities;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the authorities module needs to know about programs, implemented by the programs module (an
 * optional bean: without it, program ids are shown as numbers and the authority page has no program
 * list).
 */
public interface ProgramLookup {

    /** The program's title, or empty if there is no such program. */
    Optional<String> programTitle(long programId);

    /** Titles of the programs that exist among the given ids. */
    Map<Long, String> programTitles(Collection<Long> programIds);

    /** Programs whose title or description matches the text (the program search), for choosing one on a form. */
    List<ProgramChoice> findPrograms(String text, int limit);

    /**
     * Programs matching the text (as {@link #findPrograms}) that are led by the agency or belong to a plan the
     * user conducts: those a planner may request a waiver for.
     */
    List<ProgramChoice> findProgramsResponsible(String text, int limit, long agencyId, long userId);

    /** Is there any program led by the agency or in a plan the user conducts ({@link #findProgramsResponsible})? */
    boolean anyResponsible(long agencyId, long userId);

    /** Who answers for a program: its lead agency and its plan's conductor; empty if there is no such program. */
    Optional<Responsibility> responsibility(long programId);

    /** The programs funded under an authority, with their funding. */
    List<AuthorityProgramUse> programsUsing(long authorityId);

    record Responsibility(long leadAgencyId, long conductorUserId) {
    }

    record ProgramChoice(long programId, String title, String countryName, String status) {
    }

    record AuthorityProgramUse(long programId, String title, String countryName, String status,
            BigDecimal allocated) {
    }
}
