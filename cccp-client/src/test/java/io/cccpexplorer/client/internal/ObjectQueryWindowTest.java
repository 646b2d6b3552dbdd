package io.cccpexplorer.client.internal;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The per-connection window of live-list object queries. */
class ObjectQueryWindowTest {

    private final ObjectQueryWindow window = new ObjectQueryWindow(2);
    private final List<Integer> sent = new ArrayList<>();

    private ObjectQueryWindow.Permit acquire(int id) {
        return window.acquire(p -> sent.add(id));
    }

    @Test
    void sendsUpToTheWindowThenOneMorePerRelease() {
        ObjectQueryWindow.Permit a = acquire(1);
        acquire(2);
        acquire(3);
        acquire(4);
        assertThat(sent).containsExactly(1, 2);
        assertThat(window.waiting()).isEqualTo(2);

        a.release();
        a.release();
        assertThat(sent).containsExactly(1, 2, 3);
        assertThat(window.inFlight()).isEqualTo(2);
    }

    @Test
    void aWithdrawnWaitingPermitIsSkipped() {
        ObjectQueryWindow.Permit a = acquire(1);
        acquire(2);
        ObjectQueryWindow.Permit c = acquire(3);
        acquire(4);
        c.release();
        a.release();
        assertThat(sent).containsExactly(1, 2, 4);
        assertThat(window.inFlight()).isEqualTo(2);
    }

    @Test
    void aSendThatReleasesItsOwnPermitLetsTheNextOneGo() {
        ObjectQueryWindow.Permit a = acquire(1);
        acquire(2);
        for (int i = 0; i < 10_000; i++) {
            window.acquire(ObjectQueryWindow.Permit::release);
        }
        acquire(3);
        a.release();
        assertThat(sent).containsExactly(1, 2, 3);
        assertThat(window.waiting()).isZero();
    }

    @Test
    void afterAResetOldPermitsNoLongerCount() {
        ObjectQueryWindow.Permit a = acquire(1);
        acquire(2);
        acquire(3);
        window.reset();
        assertThat(window.inFlight()).isZero();
        assertThat(window.waiting()).isZero();
        acquire(4);
        acquire(5);
        a.release();
        acquire(6);
        assertThat(sent).containsExactly(1, 2, 4, 5);
        assertThat(window.inFlight()).isEqualTo(2);
    }
}
