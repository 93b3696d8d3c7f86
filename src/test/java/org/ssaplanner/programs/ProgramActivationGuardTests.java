package org.ssaplanner.programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.test.util.ReflectionTestUtils;
import org.ssaplanner.programs.domain.Program;
import org.ssaplanner.programs.domain.ProgramRepository;
import org.ssaplanner.reference.ObjectiveCategory;

/** ProgramStatusService asks every ProgramActivationGuard before a program becomes active. */
class ProgramActivationGuardTests {

    private final ProgramRepository repository = mock(ProgramRepository.class);
    @SuppressWarnings("unchecked")
    private final ObjectProvider<ProgramActivationGuard> guards = mock(ObjectProvider.class);
    private Program program;
    private ProgramStatusService service;

    @BeforeEach
    void setUp() {
        program = new Program(1L);
        program.describe("Boats", null, 5L, Set.of(), Set.of(1L), "TRAINING", null, "COAST_GUARD", Set.of(),
                Horizon.TACTICAL, Level.HIGH, Level.LOW, LocalDate.of(2027, 1, 1), LocalDate.of(2028, 1, 1));
        program.classify(EnumSet.of(ObjectiveCategory.OPERATIONAL), ObjectiveCategory.OPERATIONAL);
        program.sustainmentCase("ok", Level.HIGH, "Navy", BigDecimal.TEN);
        when(repository.findById(7L)).thenReturn(Optional.of(program));
        when(repository.saveAndFlush(any())).thenAnswer(invocation -> invocation.getArgument(0));
        ReflectionTestUtils.setField(program, "id", 7L);
        ReflectionTestUtils.invokeMethod(program, "clearDomainEvents"); // as its save would have
        service = new ProgramStatusService(repository, guards);
    }

    @Test
    void aGuardsReasonsBlockActivation() {
        when(guards.orderedStream()).thenReturn(Stream.of(id -> List.of(), id -> List.of("Leahy: unit " + id + " vetted negative")));
        assertThatThrownBy(() -> service.transition(7L, ProgramAction.ACTIVATE))
                .isInstanceOf(ProgramTransitionException.class)
                .satisfies(e -> assertThat(((ProgramTransitionException) e).reasons())
                        .containsExactly("Leahy: unit 7 vetted negative"));
        assertThat(program.getStatus()).isEqualTo(ProgramStatus.PROPOSED);
        assertThat(program.domainEvents()).as("a refused activation changes nothing").isEmpty();
    }

    @Test
    void withoutGuardsOrReasonsTheProgramBecomesActiveAndTheChangeIsPublished() {
        when(guards.orderedStream()).thenReturn(Stream.empty());
        service.transition(7L, ProgramAction.ACTIVATE);
        assertThat(program.getStatus()).isEqualTo(ProgramStatus.ACTIVE);
        // registered on the program, published by Spring Data when the service saves it
        assertThat(program.domainEvents()).containsExactly(new ProgramChanged(7L));
    }

    @Test
    void guardsAreNotAskedForOtherTransitions() {
        service.transition(7L, ProgramAction.TERMINATE);
        verify(guards, never()).orderedStream();
        assertThat(program.getStatus()).isEqualTo(ProgramStatus.TERMINATED);
    }
}
