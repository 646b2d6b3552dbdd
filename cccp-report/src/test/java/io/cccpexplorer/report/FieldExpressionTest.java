package io.cccpexplorer.report;

import io.cccpexplorer.client.Row;
import io.cccpexplorer.client.Value;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FieldExpressionTest {

    private static final Instant NOW = Instant.ofEpochSecond(1_770_541_426L + 3_725);
    private static final Row ROW = new Row(7, Map.of(
            "user.login", new Value.StringValue("alice"),
            "total_tasks_count", new Value.NumberValue(12, false),
            "managed_tasks_count", new Value.NumberValue(9, false),
            "create_date", new Value.DateValue(1_770_541_426L, 383_749, ZoneOffset.ofHours(1)),
            "terminate_date", Value.DateValue.NIL,
            "aborted", Value.BooleanValue.TRUE,
            "origin", new Value.NumberValue(1770591660.28836, true)));

    private static String eval(String expression) {
        return ReportValueText.render(FieldExpression.parse(expression).evaluate(ROW, NOW), false);
    }

    @Test
    void pathsArithmeticAndConcatenation() {
        assertThat(eval("row.user.login")).isEqualTo("alice");
        assertThat(eval("row.total_tasks_count - row.managed_tasks_count")).isEqualTo("3");
        assertThat(eval("row.managed_tasks_count / row.total_tasks_count * 100")).isEqualTo("75");
        assertThat(eval("'agent ' + row.user.login + ' #' + row.total_tasks_count")).isEqualTo("agent alice #12");
        assertThat(eval("row['user'].login")).isEqualTo("alice");
    }

    @Test
    void aStatisticQueryIsOnePathSegment() {
        assertThat(FieldExpression.parse("row.state_pause.duration('0') + row.logged.max( '0' )").paths())
                .containsExactly("state_pause.duration('0')", "logged.max('0')");
        assertThat(FieldExpression.parse("row.events.0.name").paths()).containsExactly("events.0.name");
        assertThatThrownBy(() -> FieldExpression.parse("row.logged.max('0.5')"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("statistic query");
    }

    @Test
    void valuesPrintLikeTheVendor() {
        assertThat(eval("row.create_date")).isEqualTo("10:03:46 le 08/02/2026");
        assertThat(eval("row.terminate_date")).isEmpty();
        assertThat(eval("row.aborted")).isEqualTo("1");
        assertThat(eval("row.origin")).isEqualTo("1770591660");
        assertThat(eval("row.no_such_field")).isEqualTo("undefined");
        assertThat(ReportValueText.render(FieldExpression.parse("row.create_date").evaluate(ROW, NOW), true))
                .isEqualTo("1770541426.383749");
    }

    @Test
    void comparisonsLogicAndConditionals() {
        // a boolean column prints as a number (observed on the vendor's report against its dispatch)
        assertThat(eval("row.total_tasks_count > 10")).isEqualTo("1");
        assertThat(eval("row.user.login == 'bob' || row.aborted == 1")).isEqualTo("1");
        assertThat(eval("row.total_tasks_count >= 12 && row.user.login !== 'alice'")).isEqualTo("0");
        assertThat(eval("row.no_such_field == undefined ? 'none' : 'some'")).isEqualTo("none");
    }

    @Test
    void durationFunctionsMeasureFromTheDateToNow() {
        assertThat(eval("duration(row.create_date)")).isEqualTo("1:02:04");
        assertThat(eval("second_duration(row.create_date)")).isEqualTo("3724");
        assertThat(eval("minute_duration(row.create_date)")).isEqualTo("62");
        assertThat(eval("duration(row.terminate_date)")).isEqualTo("undefined");
    }

    @Test
    void collectsTheRowPathsForTheFormat() {
        assertThat(FieldExpression.parse("minute_duration(row.states.last.start_date) + row.user.name").paths())
                .containsExactly("states.last.start_date", "user.name");
        assertThat(FieldExpression.parseList("row.a;row.b + ';';  row.c").stream().map(FieldExpression::source))
                .containsExactly("row.a", "row.b + ';'", "row.c");
    }

    @Test
    void badExpressionsAreNamedWithTheirPosition() {
        assertThatThrownBy(() -> FieldExpression.parse("row.a +")).hasMessageContaining("\"row.a +\" at 7");
        assertThatThrownBy(() -> FieldExpression.parse("eval(row.a)")).hasMessageContaining("unknown name 'eval'");
        assertThatThrownBy(() -> FieldExpression.parse("row")).hasMessageContaining("row.field");
    }

    @Test
    void notIsTrueUnlessItsOperandIsTheBooleanTrueAsInTheVendorsEngine() {
        assertThat(eval("!row.aborted")).as("a wire boolean is the number 1").isEqualTo("1");
        assertThat(eval("!1")).isEqualTo("1");
        assertThat(eval("!0")).isEqualTo("1");
        assertThat(eval("!''")).isEqualTo("1");
        assertThat(eval("!(row.total_tasks_count == 12)")).isEqualTo("0");
        assertThat(eval("!!row.aborted")).isEqualTo("0");
    }

    @Test
    void undefinedIsZeroInArithmeticAndNegativeZeroKeepsItsSign() {
        assertThat(eval("row.no_such_field + 0")).isEqualTo("0");
        assertThat(eval("-row.no_such_field")).isEqualTo("-0");
        assertThat(eval("row.total_tasks_count * 2")).isEqualTo("24");
    }

    @Test
    void anInnerNodeOfTheFormatPrintsAsAnObjectOfItsChildren() {
        java.util.List<String> format = java.util.List.of("user", "user.login", "user.missing", "user.since",
                "group", "group.path");
        Row row = new Row(7, Map.of("user.login", new Value.StringValue("al\"ice"),
                "user.since", new Value.DateValue(1_770_541_426L, 383_749, ZoneOffset.ofHours(1))));
        assertThat(ReportValueText.render(FieldExpression.parse("row.user").evaluate(row, NOW, format), false))
                .isEqualTo("{ \"login\": \"al\\\"ice\", \"since\": Date 10:03:46 le 08/02/2026 }");
        assertThat(ReportValueText.render(FieldExpression.parse("row.group").evaluate(row, NOW, format), false))
                .as("no child sent").isEqualTo("{ }");
        assertThat(ReportValueText.render(FieldExpression.parse("row.other").evaluate(row, NOW, format), false))
                .isEqualTo("undefined");
    }
}
