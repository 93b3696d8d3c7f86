package org.ssaplanner.shared.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordFieldsTests {

    record Values(String title, List<Long> agencyIds) {
    }

    record Stored(String name, List<Long> agencies, String status) {
    }

    static final Map<Long, String> AGENCIES = Map.of(1L, "INL", 2L, "DSCA");

    static final RecordFields<Values> FIELDS = RecordFields.<Values>describe()
            .and("title", "x.title", Values::title)
            .and("agencies", "x.agencies", v -> RecordFields.list(v.agencyIds(), AGENCIES::get));

    @Test
    void theConflictPageComparesEveryFieldAsTextWithNamesNotIds() {
        assertThat(FIELDS.compare(new Values("Mine", List.of(2L, 1L)), new Values("Theirs", List.of(1L, 2L))))
                .containsExactly(new ConflictRow("x.title", "Mine", "Theirs"),
                        new ConflictRow("x.agencies", "DSCA, INL", "DSCA, INL"));
        assertThat(FIELDS.compare(new Values("Mine", List.of()), new Values("Theirs", List.of())))
                .extracting(ConflictRow::differs).containsExactly(true, false);
    }

    @Test
    void anotherTypeReadsTheSameFieldsAndMayAddItsOwn() {
        RecordFields<Stored> history = FIELDS.readFrom((Stored s) -> new Values(s.name(), s.agencies()))
                .and("status", "x.status", Stored::status);
        assertThat(history.fields()).extracting(FieldDescription::name).containsExactly("title", "agencies", "status");
        assertThat(history.fields()).extracting(f -> f.text().apply(new Stored("Plan", List.of(1L, 3L), "DRAFT")))
                .containsExactly("Plan", "INL", "DRAFT");
        assertThat(FIELDS.fields()).hasSize(2);
    }
}
