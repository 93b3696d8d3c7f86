package org.ssaplanner.agencies;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.ssaplanner.SsaIntegrationTest;
import org.ssaplanner.TestUsers;
import org.ssaplanner.shared.audit.HistoryEntry;
import org.ssaplanner.shared.security.Role;

/**
 * Issue 13: an agency's change history names its fields by their labels and shows names, not codes or ids: the
 * parent agency by code and name, the kind and the capabilities (assistance type in capability domain) by label.
 */
@SsaIntegrationTest
class AgencyHistoryIntegrationTests {

    @Autowired
    AgencyService agencies;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void theHistoryShowsLabelledFieldsAndNames() {
        TestUsers.signInAs("agency-history-admin", 1, Role.ADMIN);
        long treasury = agencies.tree().stream().filter(a -> a.code().equals("TREAS")).findFirst().orElseThrow().id();
        String code = "AH" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        long id = agencies.create(new AgencyCommand(code, "History office " + code, treasury, AgencyKind.OFFICE, false,
                null, Set.of()));
        agencies.update(id, agencies.get(id).version(), new AgencyCommand(code, "History office " + code, treasury,
                AgencyKind.BUREAU, true, null, Set.of(new CapabilityKey("TRAINING", "CYBER"))));

        List<HistoryEntry> history = agencies.history(id);
        List<HistoryEntry.FieldChange> created = history.get(history.size() - 1).changes();
        assertThat(created).filteredOn(c -> c.field().equals("parent")).singleElement()
                .satisfies(c -> assertThat(c.after()).isEqualTo("TREAS – Department of the Treasury"));
        List<HistoryEntry.FieldChange> update = history.get(0).changes();
        assertThat(update).extracting(HistoryEntry.FieldChange::labelKey)
                .contains("agency.kind", "agency.ownBudget", "agency.capabilities");
        assertThat(update).filteredOn(c -> c.field().equals("kind")).singleElement()
                .satisfies(c -> assertThat(List.of(c.before(), c.after())).containsExactly("Office", "Bureau"));
        assertThat(update).filteredOn(c -> c.field().equals("ownBudget")).singleElement()
                .satisfies(c -> assertThat(c.after()).isEqualTo("Yes"));
        assertThat(update).filteredOn(c -> c.field().equals("capabilities")).singleElement()
                .satisfies(c -> assertThat(c.after()).doesNotContain("TRAINING", "CYBER", ":"));
    }
}
