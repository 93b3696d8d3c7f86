package org.ssaplanner.interchange;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ssaplanner.shared.security.CurrentUsers;

/**
 * Keeps the link between a program and the imported ForeignAssistance.gov activity it was created from. The link is
 * to the published activity (country code and activity id), not to its rows: a newer vintage replaces rows, a
 * rollback restores others, and the program keeps covering the activity's current rows through both.
 */
@Service
@Transactional(readOnly = true)
public class ImportedActivityLinks {

    private final CountryPictureService pictures;
    private final JdbcTemplate jdbc;

    ImportedActivityLinks(CountryPictureService pictures, JdbcTemplate jdbc) {
        this.pictures = pictures;
        this.jdbc = jdbc;
    }

    /** Links the activity to the program; refuses an activity that does not exist. */
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    @Transactional
    public void linkProgram(long programId, String iso3, String activityId) {
        ImportedActivity activity = pictures.activity(iso3, activityId)
                .orElseThrow(() -> new IllegalArgumentException("No imported activity " + activityId + " in " + iso3));
        jdbc.update("""
                insert into interchange_program_activity (program_id, country_code, activity_id, activity_name, linked_by)
                values (?, ?, ?, ?, ?) on conflict do nothing""", programId, activity.countryCode(),
                activity.activityId() == null ? "" : activity.activityId(), activity.name(),
                CurrentUsers.currentUsernameOrSystem());
    }

    /**
     * The activities a program was created from, with their rows in the current vintage (0 when a newer vintage no
     * longer has the activity: the link stays, and the name is the one it had when the program was created).
     */
    @PreAuthorize("isAuthenticated()")
    public List<ProgramSource> sourcesOf(long programId) {
        return jdbc.query("""
                select s.country_code, s.activity_id, coalesce(max(a.activity_name), max(s.activity_name)), count(a.id)
                from interchange_program_activity s
                left join interchange_activity a on a.country_code = s.country_code and coalesce(a.activity_id, '') = s.activity_id
                where s.program_id = ? group by s.country_code, s.activity_id order by s.activity_id""",
                (rs, i) -> new ProgramSource(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)),
                programId);
    }
}
