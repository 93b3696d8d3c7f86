package org.ssaplanner.programs;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ssaplanner.programs.domain.Program;
import org.ssaplanner.programs.domain.ProgramRepository;
import org.ssaplanner.shared.NotFoundException;

/**
 * A program's status changes. Before a program becomes ACTIVE, its own missing fields and every
 * {@link ProgramActivationGuard} (e.g. compliance) may refuse, with reasons.
 */
@Service
@Transactional(readOnly = true)
public class ProgramStatusService {

    private final ProgramRepository programs;
    private final ObjectProvider<ProgramActivationGuard> guards;

    ProgramStatusService(ProgramRepository programs, ObjectProvider<ProgramActivationGuard> guards) {
        this.programs = programs;
        this.guards = guards;
    }

    @PreAuthorize("@programPermissions.canEdit(#id, authentication)")
    @Transactional
    public void transition(long id, ProgramAction action) {
        Program program = programs.findById(id).orElseThrow(() -> new NotFoundException("Program", id));
        if (action.target() == ProgramStatus.ACTIVE && program.getStatus().canMoveTo(ProgramStatus.ACTIVE)) {
            List<String> reasons = new ArrayList<>(program.missingForActivation());
            guards.orderedStream().forEach(guard -> reasons.addAll(guard.blockingReasons(id)));
            if (!reasons.isEmpty()) {
                throw new ProgramTransitionException(reasons);
            }
        }
        program.moveTo(action.target());
        programs.saveAndFlush(program);
    }
}
