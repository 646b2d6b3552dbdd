package io.cccpexplorer.client.internal;

import io.cccpexplorer.client.RowFormat;
import io.cccpexplorer.protocol.objects.FormatField;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FormatTreeTest {

    @Test
    void numbersNodesLikeCcenterReportInOrderOfFirstAppearance() {
        FormatTree f = FormatTree.of(RowFormat.of("object_id", "session_id", "create_date", "user.login"));

        assertThat(f.toObjectFormat(1).fields()).containsExactly(
                FormatField.leaf(1, "object_id"), FormatField.leaf(2, "session_id"), FormatField.leaf(3, "create_date"),
                new FormatField(4, "user", null, List.of(FormatField.leaf(5, "login"))));
        assertThat(f.pathOf(5)).isEqualTo("user.login");
        assertThat(f.pathOf(4)).as("inner node").isNull();
    }

    @Test
    void aStatisticQuerySegmentIsANodeWithAQuery() {
        // as the vendor's ccenter_report sends row.state_pause.duration('0') (captured against its dispatch)
        FormatTree f = FormatTree.of(RowFormat.of("object_id", "state_pause.duration('0')", "state_pause.max('0')"));

        assertThat(f.toObjectFormat(1).fields()).containsExactly(FormatField.leaf(1, "object_id"),
                new FormatField(2, "state_pause", null, List.of(new FormatField(3, "duration", "0", List.of()),
                        new FormatField(4, "max", "0", List.of()))));
        assertThat(f.pathOf(3)).isEqualTo("state_pause.duration('0')");
    }

    @Test
    void sharedPrefixesShareNodes() {
        FormatTree f = FormatTree.of(RowFormat.of("user.login", "states.last.display_name", "user.name",
                "states.last.start_date"));

        assertThat(f.toObjectFormat(7).formatId()).isEqualTo(7);
        assertThat(f.toObjectFormat(7).fields()).extracting(FormatField::name).containsExactly("user", "states");
        assertThat(f.toObjectFormat(7).leaves()).extracting(FormatField::fieldIndex).doesNotHaveDuplicates();
        assertThat(f.pathOf(3)).isEqualTo("user.name");
        assertThat(f.pathOf(7)).isEqualTo("states.last.start_date");
    }
}
