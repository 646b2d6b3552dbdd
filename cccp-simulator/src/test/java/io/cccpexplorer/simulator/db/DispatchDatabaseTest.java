package io.cccpexplorer.simulator.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cccpexplorer.protocol.wire.CccpDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DispatchDatabaseTest {

    private final DispatchDatabase db = new DispatchDatabase();
    private final List<DatabaseChange> changes = new ArrayList<>();

    DispatchDatabaseTest() {
        db.addListener(changes::addAll);
    }

    @Test
    void rootIsObjectZeroWithTheDispatchLists() {
        assertThat(db.find(0)).isSameAs(db.root());
        assertThat(db.root().classDef().name()).isEqualTo("ccenter_dispatch_db");
        for (String list : List.of("users", "groups", "interfaces", "sessions", "queues", "queues_sessions",
                "file_tasks", "outbounds", "array_statistics", "user_registers", "tasks")) {
            assertThat(db.root().list(list).isEmpty()).as(list).isTrue();
        }
    }

    @Test
    void subclassesInheritFieldsWithTheirWireIds() {
        ClassDef userSession = db.schema().classNamed("ccenter_dispatch_db_user_session");
        assertThat(userSession.id()).isEqualTo(0x40000019);
        assertThat(userSession.require("session_id").id()).isEqualTo(3);
        assertThat(userSession.require("current_mode").id()).isEqualTo(1007);
        assertThat(userSession.require("user").kind()).isEqualTo(FieldKind.INTERNAL_REF);
        assertThat(userSession.isA("ccenter_dispatch_db_session")).isTrue();
    }

    @Test
    void changesAreReportedAtCommitWithRanks() {
        DbObject a = db.root().list("queues").append("ccenter_dispatch_db_queue");
        DbObject b = db.root().list("queues").append("ccenter_dispatch_db_queue");
        b.set("name", "B").set("name", "B");
        assertThat(changes).isEmpty();

        db.commit();

        assertThat(changes).containsExactly(
                new DatabaseChange.ItemInserted(db.root().list("queues"), a, 0),
                new DatabaseChange.ItemInserted(db.root().list("queues"), b, 1),
                new DatabaseChange.FieldChanged(b, b.classDef().require("name")));
        changes.clear();
        db.root().list("queues").remove(a);
        db.commit();
        assertThat(changes).containsExactly(new DatabaseChange.ItemRemoved(db.root().list("queues"), a, 0));
        assertThat(b.rank()).isZero();
        assertThat(b.father()).isSameAs(db.root());
    }

    @Test
    void unsetScalarsReadAsDefaultsAndReferencesToDeletedObjectsAsNull() {
        DbObject s = db.root().list("sessions").append("ccenter_dispatch_db_user_session");
        DbObject u = db.root().list("users").append("ccenter_dispatch_db_user");
        assertThat(s.string("session_id")).isEmpty();
        assertThat(s.u32("session_type")).isZero();
        assertThat(s.date("terminate_date")).isEqualTo(CccpDate.NIL);
        assertThat(s.ref("user")).isNull();
        s.set("user", u);
        assertThat(s.ref("user")).isSameAs(u);
        db.delete(u);
        assertThat(s.ref("user")).isNull();
    }

    @Test
    void wrongFieldNamesAreClearErrors() {
        DbObject q = db.root().list("queues").append("ccenter_dispatch_db_queue");
        assertThatThrownBy(() -> q.set("no_such_field", 1))
                .hasMessageContaining("ccenter_dispatch_db_queue has no field no_such_field");
        assertThatThrownBy(() -> q.list("name")).hasMessageContaining("is not a list");
    }
}
