package org.ssaplanner.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;

/** The whitelist of sortable columns: only its keys reach a query, anything else is the default order. */
class SortColumnsTests {

    private static final SortColumns SORTS = SortColumns.tieBreaker("p.id")
            .ascending("title", "p.title")
            .descending("updated", "p.updated_at")
            .byDefault("updated", true);

    @Test
    void aWhitelistedKeyInAnyCaseSortsByItsExpressionInTheAskedDirectionWithTheIdLast() {
        ListSort titleDown = SORTS.resolve(" TITLE ", "desc");
        assertThat(titleDown.column()).isEqualTo("title");
        assertThat(titleDown.descending()).isTrue();
        assertThat(SORTS.orderBy(titleDown)).isEqualTo("p.title desc, p.id asc");
        assertThat(SORTS.orderBy(SORTS.resolve("title", "ASC"))).isEqualTo("p.title asc, p.id asc");
        assertThat(SORTS.toSort(titleDown)).isEqualTo(Sort.by(Sort.Direction.DESC, "p.title").and(Sort.by("p.id")));
    }

    @Test
    void withoutADirectionAColumnSortsItsFirstWayAndUnknownKeysOrDirectionsAreIgnored() {
        assertThat(SORTS.resolve("title", null).descending()).isFalse();
        assertThat(SORTS.resolve("updated", "sideways").descending()).isTrue();
        for (String hostile : new String[] {null, "", "p.title", "title; drop table program", "pg_sleep(10)",
                "id", "1"}) {
            assertThat(SORTS.resolve(hostile, null)).as(hostile).isEqualTo(SORTS.defaultSort());
            assertThat(SORTS.resolve(hostile, "sideways")).as(hostile).isEqualTo(SORTS.defaultSort());
            // a direction alone turns the default column round
            assertThat(SORTS.orderBy(SORTS.resolve(hostile, "asc"))).as(hostile).isEqualTo("p.updated_at asc, p.id asc");
        }
        assertThat(SORTS.orderBy(SORTS.resolve("(select 1)", "desc"))).isEqualTo("p.updated_at desc, p.id asc");
    }

    @Test
    void aListThatAlwaysSortedDescendingKeepsDoingSoWithoutADirection() {
        SortColumns legacy = SortColumns.tieBreaker("id").ascending("title", "title").descending("updated", "updatedAt")
                .withoutDirection(true).byDefault("updated", true);
        assertThat(legacy.resolve("title", null).descending()).isTrue();
        assertThat(legacy.resolve("title", "asc").descending()).isFalse();
    }

    @Test
    void theHeaderLinkTurnsTheSortedColumnRoundAndStartsOthersTheirFirstWay() {
        ListSort byTitle = SORTS.resolve("title", "asc");
        assertThat(byTitle.ariaSort("title")).isEqualTo("ascending");
        assertThat(byTitle.ariaSort("updated")).isNull();
        assertThat(byTitle.nextDir("title")).isEqualTo("desc");
        assertThat(byTitle.nextDir("updated")).isEqualTo("desc");
        assertThat(SORTS.resolve("title", "desc").nextDir("title")).isEqualTo("asc");
        assertThat(SORTS.defaultSort().nextDir("title")).isEqualTo("asc");
        assertThat(SORTS.defaultSort().isDefault()).isTrue();
        assertThat(byTitle.isDefault()).isFalse();
    }

    @Test
    void anOrderCrossesAModuleApiAsASortOfKeysAndComesBackTheSame() {
        ListSort titleDown = SORTS.resolve("title", "desc");
        assertThat(titleDown.asKeySort()).isEqualTo(Sort.by(Sort.Direction.DESC, "title"));
        assertThat(SORTS.resolve(titleDown.asKeySort())).isEqualTo(titleDown);
        assertThat(SORTS.defaultSort().asKeySort().isUnsorted()).isTrue();
        assertThat(SORTS.resolve(Sort.unsorted())).isEqualTo(SORTS.defaultSort());
        assertThat(SORTS.orderBy(SORTS.resolve(Sort.by("p.title; delete from program"))))
                .isEqualTo("p.updated_at asc, p.id asc");
    }

    @Test
    void aSortOfAnotherListOrADefaultOffTheListIsRefused() {
        SortColumns other = SortColumns.tieBreaker("id").ascending("title", "title").byDefault("title", false);
        assertThatThrownBy(() -> SORTS.orderBy(other.defaultSort())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SortColumns.tieBreaker("id").ascending("title", "title").byDefault("name", false))
                .isInstanceOf(IllegalStateException.class);
    }
}
