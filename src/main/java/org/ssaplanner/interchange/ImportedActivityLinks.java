package org.ssaplanner.interchange;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ssaplanner.shared.security.CurrentUsers;

/** Keeps the link between a program and the imported ForeignAssistance.gov rows it was created from. */
@Service
@Transactional(readOnly = true)
public class ImportedActivityLinks {

    private final CountryPictureService pictures;
    private final JdbcTemplate jdbc;

    ImportedActivityLinks(CountryPictureService pictures, JdbcTemplate jdbc) {
        this.pictures = pictures;
        this.jdbc = jdbc;
    }

    /** Links every source row of the activity to the program; refuses an activity that does not exist. */
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    @Transactional
    public void linkProgram(long programId, String iso3, String activityId) {
        ImportedActivity activity = pictures.activity(iso3, activityId)
                .orElseThrow(() -> new IllegalArgumentException("No imported activity " + activityId + " in " + iso3));
        String user = CurrentUsers.currentUsernameOrSystem();
        jdbc.batchUpdate("""
                insert into interchange_program_source (program_id, activity_row_id, linked_by) values (?, ?, ?)
                on conflict do nothing""",
                activity.sourceRowIds().stream().map(row -> new Object[] {programId, row, user}).toList());
    }

    @PreAuthorize("isAuthenticated()")
    public List<ProgramSource> sourcesOf(long programId) {
        return jdbc.query("""
                select a.country_code, a.activity_id, max(a.activity_name), count(*)
                from interchange_program_source s join interchange_activity a on a.id = s.activity_row_id
                where s.program_id = ? group by a.country_code, a.activity_id order by a.activity_id""",
                (rs, i) -> new ProgramSource(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)),
                programId);
    }
}
