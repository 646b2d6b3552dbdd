package io.cccpexplorer.simulator.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cccpexplorer.simulator.TestRecords;
import io.cccpexplorer.simulator.apply.RecordApplier;
import io.cccpexplorer.simulator.db.DbObject;
import io.cccpexplorer.simulator.db.DispatchDatabase;
import io.cccpexplorer.simulator.query.filter.Filter;
import io.cccpexplorer.simulator.query.filter.FilterSyntaxException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every filter the real clients send (wire spec §5.4, §6.6, §7.5), plus the operators of the grammar, evaluated
 * on a small database: two logged agents (one supervisor), one agent gone, one call in a queue.
 */
class FilterTest {

    private static final DispatchDatabase DB = new DispatchDatabase();

    static {
        TestRecords r = new TestRecords();
        r.agentLogsIn("user_1", "jdoe", "Jane Doe", 41, "Agent")
                .agentLogsIn("user_2", "consistent", "Boss", 42, "Superviseur_default")
                .agentLogsIn("user_3", "gone", "Gone Agent", 43, "Agent").after(10).agentLogsOut("user_3", 43)
                .callArrives("session_9", "0199000001", "0199000999").callQueued("session_9", "t1", "SALES")
                .callArrives("session_10", "0199000002", "0199000999").callQueued("session_10", "t2", "VQ_OVERFLOW");
        new RecordApplier(DB, "ACME").applyAll(r.take());
        DB.root().list("queues").first().set("running", true);
        DB.root().list("queues").last().set("running", false);
        DB.commit();
    }

    static Stream<Arguments> filters() {
        return Stream.of(
                // list, filter, expected ids (session_id / login / queue name)
                Arguments.of("sessions", ".[session_type eq 3 and terminate_date eq '']", List.of("user_1", "user_2")),
                Arguments.of("sessions", ".[session_type eq 1]", List.of("session_9", "session_10")),
                Arguments.of("sessions", ".[connections/last/call_id ne '' and session_type ne 3]",
                        List.of("session_9", "session_10")),
                Arguments.of("queues", ".[virtual_queue eq 0 and running]", List.of("ACME__SALES")),
                Arguments.of("queues", ".[running]", List.of("ACME__SALES")),
                Arguments.of("file_tasks", ".[terminate_date eq '']", List.of("t1", "t2")),
                Arguments.of("sessions",
                        ".[session_type eq 3 and terminate_date gt '2026/01/20 00:00:00' and profile_name ne "
                        + "'Superviseur_default' and user/group/path eq '/default']", List.of("user_3")),
                Arguments.of("sessions",
                        ".[session_type eq 3 and terminate_date eq '' and profile_name ne 'Superviseur_default']",
                        List.of("user_1")),
                Arguments.of("users",
                        ".[sessions/last/session/profile_name ne 'Superviseur_default' and group/path eq '/default' "
                        + "or login eq 'consistent']", List.of("jdoe", "consistent", "gone")),
                Arguments.of("users", ".[login eq 'consistent' or login eq 'jdoe' and name eq 'nobody']",
                        List.of("consistent")),
                Arguments.of("users", ".[(login eq 'consistent' or login eq 'jdoe') and name eq 'Jane Doe']",
                        List.of("jdoe")),
                Arguments.of("sessions",
                        ".[session_type * 2 - 1 eq 5 and session_type mod 2 eq 1 and 7 idiv 2 eq session_type]",
                        List.of("user_1", "user_2", "user_3")),
                Arguments.of("sessions", ".[session_type div 2 eq 0.5]", List.of("session_9", "session_10")),
                Arguments.of("sessions", ".[connections/count eq 1 and connections/first/incoming]",
                        List.of("session_9", "session_10")),
                Arguments.of("sessions", ".[user/login eq 'jdoe']", List.of("user_1")),
                Arguments.of("sessions", ".[no_such_field ne 'x']", List.of()),
                Arguments.of("sessions", ".[states/last/display_name = 'Disponible' and session_type >= 3]",
                        List.of("user_1", "user_2", "user_3")),
                Arguments.of("sessions", ".[create_date lt '2026/02/08 10:00:05']",
                        List.of("user_1", "user_2", "user_3")),
                Arguments.of("sessions", ".[not(logged) and session_type eq 3]", List.of("user_3")),
                Arguments.of("users", "", List.of("jdoe", "consistent", "gone")));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("filters")
    void realWorldFiltersSelectTheRightObjects(String list, String filter, List<String> expected) throws Exception {
        Filter f = Filter.parse(filter);
        List<String> selected = DB.root().list(list).items().stream()
                .filter(o -> f.matches(o, TestRecords.OFFSET, Visits.NONE))
                .map(FilterTest::key)
                .toList();
        assertThat(selected).containsExactlyElementsOf(expected);
    }

    private static String key(DbObject o) {
        for (String field : List.of("login", "task_id", "session_id", "name")) {
            if (o.classDef().field(field) != null && !o.string(field).isEmpty()) {
                return o.string(field);
            }
        }
        return o.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"session_type eq 1", "row.x == 1", ".[session_type eq]", ".[(session_type eq 1]",
            ".['unterminated]", ".[session_type eq 1] trailing", ".[foo(1)]", ".[]"})
    void malformedFiltersAreSyntaxErrorsNamingThePosition(String filter) {
        assertThatThrownBy(() -> Filter.parse(filter)).isInstanceOf(FilterSyntaxException.class)
                .hasMessageContaining("filter");
    }

    @ParameterizedTest
    @ValueSource(strings = {"session_type eq 1", "row.x == 1"})
    void aFilterThatDoesNotParseMatchesNothingLikeTheVendor(String filter) {
        Filter nothing = Filter.nothing(filter);
        assertThat(DB.root().list("sessions").items())
                .noneMatch(o -> nothing.matches(o, TestRecords.OFFSET, Visits.NONE));
    }

    @org.junit.jupiter.api.Test
    void deepNestingIsRefusedInsteadOfOverflowingTheStack() {
        String deep = ".[" + "(".repeat(1_000) + "1" + ")".repeat(1_000) + "]";
        assertThatThrownBy(() -> Filter.parse(deep)).isInstanceOf(FilterSyntaxException.class)
                .hasMessageContaining("nesting");
    }

    @org.junit.jupiter.api.Test
    void aMillionUnaryMinusesAreRefusedInsteadOfOverflowingTheStack() {
        assertThatThrownBy(() -> Filter.parse(".[" + "-".repeat(1_000_000) + "1 eq 1]"))
                .isInstanceOf(FilterSyntaxException.class).hasMessageContaining("length");
        assertThatThrownBy(() -> Filter.parse(".[" + "-".repeat(1_000) + "1 eq 1]"))
                .isInstanceOf(FilterSyntaxException.class).hasMessageContaining("nesting");
    }

    @org.junit.jupiter.api.Test
    void longOperatorChainsAreRefusedInsteadOfOverflowingTheStack() {
        String huge = ".[" + "session_type eq 1 or ".repeat(200_000) + "running]";
        assertThatThrownBy(() -> Filter.parse(huge)).isInstanceOf(FilterSyntaxException.class)
                .hasMessageContaining("length");
        // within the length bound, an 'or' chain deep enough to recurse far is refused by its operator count
        String chain = ".[" + "a or ".repeat(800) + "a]";
        assertThatThrownBy(() -> Filter.parse(chain)).isInstanceOf(FilterSyntaxException.class)
                .hasMessageContaining("operators");
        String sum = ".[" + "1+".repeat(1_500) + "1 eq 0]";
        assertThatThrownBy(() -> Filter.parse(sum)).isInstanceOf(FilterSyntaxException.class)
                .hasMessageContaining("operators");
    }

    @org.junit.jupiter.api.Test
    void theLargestAcceptedFilterEvaluatesWithoutOverflow() throws FilterSyntaxException {
        Filter f = Filter.parse(".[" + "session_type eq 9 or ".repeat(150) + "session_type eq 1]");
        List<DbObject> sessions = DB.root().list("sessions").items();
        assertThat(sessions).anyMatch(o -> f.matches(o, TestRecords.OFFSET, Visits.NONE));
    }

    /**
     * Every construct of the grammar, repeated up to the length bound and one piece beyond it: beyond, the filter
     * is refused for its length before any parsing; at the bound, it parses or is refused (nesting, operators,
     * syntax) and evaluates without overflowing the stack. Prefix, repeated piece, suffix.
     */
    static Stream<Arguments> everyConstruct() {
        return Stream.of(
                Arguments.of("parentheses", ".[", "(", "1"),
                Arguments.of("not()", ".[", "not(", "true()"),
                Arguments.of("unary minus", ".[", "-", "1 eq 1"),
                Arguments.of("or chain", ".[", "session_type eq 1 or ", "running"),
                Arguments.of("and chain", ".[", "running and ", "running"),
                Arguments.of("additions", ".[", "1+", "1 eq 0"),
                Arguments.of("subtractions", ".[", "1 - ", "1 eq 0"),
                Arguments.of("products", ".[", "2*", "1 ne 0"),
                Arguments.of("div and mod", ".[", "7 div 3 mod ", "1 ne 0"),
                Arguments.of("comparisons", ".[", "1 eq ", "1"),
                Arguments.of("path steps", ".[", "user/", "login eq 'x'"),
                Arguments.of("self steps", ".[", "./", "running"),
                Arguments.of("name", ".[", "x", " eq ''"),
                Arguments.of("string literal", ".['", "s", "' eq 's']"),
                Arguments.of("number literal", ".[", "9", " gt 1"),
                Arguments.of("dotted number", ".[", "1.", "1 gt 1"),
                Arguments.of("spaces", ".[", " ", "running"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyConstruct")
    void everyConstructIsBoundedByLength(String construct, String prefix, String piece, String suffix) {
        String atBound = filterOfLength(prefix, piece, suffix, Filter.MAX_LENGTH);
        assertThat(atBound.length()).isLessThanOrEqualTo(Filter.MAX_LENGTH);
        try {
            Filter f = Filter.parse(atBound);
            for (DbObject session : DB.root().list("sessions").items()) {
                f.matches(session, TestRecords.OFFSET, Visits.NONE);   // must not overflow or throw
            }
        } catch (FilterSyntaxException refused) {
            assertThat(refused.getMessage()).as(construct).isNotBlank();
        }
        String beyond = filterOfLength(prefix, piece, suffix, Filter.MAX_LENGTH + piece.length() + 1);
        assertThat(beyond.length()).isGreaterThan(Filter.MAX_LENGTH);
        assertThatThrownBy(() -> Filter.parse(beyond)).as(construct).isInstanceOf(FilterSyntaxException.class)
                .hasMessageContaining("length");
        // far beyond: still a clear refusal, no work proportional to the input
        String huge = filterOfLength(prefix, piece, suffix, 1_000_000);
        assertThatThrownBy(() -> Filter.parse(huge)).as(construct).isInstanceOf(FilterSyntaxException.class)
                .hasMessageContaining("length");
    }

    /** {@code prefix + piece × n + (closing parentheses) + suffix + "]"}, as long as possible within {@code max}. */
    private static String filterOfLength(String prefix, String piece, String suffix, int max) {
        boolean opens = piece.endsWith("(");
        String end = suffix.endsWith("]") ? suffix : suffix + "]";
        int perPiece = piece.length() + (opens ? 1 : 0);
        int n = Math.max(1, (max - prefix.length() - end.length()) / perPiece);
        return prefix + piece.repeat(n) + (opens ? ")".repeat(n) : "") + end;
    }
}
