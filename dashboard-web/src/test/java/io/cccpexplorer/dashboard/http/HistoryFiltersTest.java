package io.cccpexplorer.dashboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cccpexplorer.client.model.CallStatus;
import io.cccpexplorer.dashboard.ModelRecords;
import io.cccpexplorer.dashboard.TestDashboard;
import io.cccpexplorer.dashboard.feed.InMemoryFeed;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code /api/history}'s status and queue filters (the Calls tab's older pages). */
class HistoryFiltersTest {

    private static TestDashboard dashboard;

    @BeforeAll
    static void start() {
        dashboard = new TestDashboard();
    }

    @AfterAll
    static void stop() {
        dashboard.close();
    }

    /** Status and queue filter the whole history before paging: older pages of filtered calls are full and true. */
    @Test
    void historyFiltersByStatusAndQueueBeforePaging() {
        InMemoryFeed feed = dashboard.feed("ACME");
        OffsetDateTime now = OffsetDateTime.now(TestDashboard.PARIS);
        for (int i = 0; i < 30; i++) {   // queue PAGING: every third call still waiting, the others ended
            boolean waiting = i % 3 == 0;
            feed.putCall(ModelRecords.call(3000 + i, "paging_" + i + "@x").numbers("07" + i, "0899").queue("PAGING")
                    .state(waiting ? CallStatus.WAITING : CallStatus.ENDED)
                    .times(now.minusMinutes(90 - i), null, waiting ? null : now.minusMinutes(89 - i)).build());
        }
        for (int i = 0; i < 5; i++) {
            feed.putCall(ModelRecords.call(3100 + i, "other_" + i + "@x").numbers("07" + i, "0899").queue("OTHER")
                    .state(CallStatus.ENDED).times(now.minusMinutes(80 - i), null, now.minusMinutes(79 - i)).build());
        }
        awaitHistoryTotal("/api/history?project=ACME&queue=OTHER", 5);
        // 20 ended calls of PAGING, 7 a page: page 3 holds the last 6, newest first
        JsonNode page3 = awaitHistoryTotal("/api/history?project=ACME&status=ended&queue=PAGING&size=7&page=3", 20);
        assertThat(page3.path("items")).hasSize(6);
        List<String> sessions = new java.util.ArrayList<>();
        for (JsonNode call : page3.path("items")) {
            assertThat(call.path("status").asText()).isEqualTo("ended");
            assertThat(call.path("queue_name").asText()).isEqualTo("PAGING");
            sessions.add(call.path("session_id").asText().replaceAll("@.*", ""));
        }
        // ended calls are i = 1,2,4,5,7,8,...,28,29 (20 of them); newest first, page 3 is the 15th to 20th newest
        assertThat(sessions).containsExactly("paging_8", "paging_7", "paging_5", "paging_4", "paging_2", "paging_1");
        JsonNode waiting = dashboard.browser().get("/api/history?project=ACME&status=waiting&queue=PAGING&size=100")
                .json();
        assertThat(waiting.path("total").asInt()).isEqualTo(10);
        assertThat(dashboard.browser().get("/api/history?project=ACME&status=wating").errorCode())
                .isEqualTo("bad_parameter");
        assertThat(dashboard.browser().get("/api/history?project=ACME&queue=NOWHERE").json().path("total").asInt())
                .isZero();
    }

    private static JsonNode awaitHistoryTotal(String path, int total) {
        long deadline = System.nanoTime() + 5_000_000_000L;
        JsonNode page;
        do {
            page = dashboard.browser().get(path).json();
        } while (page.path("total").asInt() != total && System.nanoTime() < deadline);
        assertThat(page.path("total").asInt()).isEqualTo(total);
        return page;
    }
}
