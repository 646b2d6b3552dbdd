package io.cccpexplorer.simulator.apply;

import static org.assertj.core.api.Assertions.assertThat;

import io.cccpexplorer.protocol.wire.CccpDate;
import io.cccpexplorer.simulator.TestRecords;
import io.cccpexplorer.simulator.db.DispatchDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dispatch keeps a record's date as a double and truncates the microseconds back (observed). */
class DispatchTimeTest {

    @Test
    void microsecondsGoThroughADoubleAndAreTruncated() {
        assertThat(DispatchTime.stored(CccpDate.of(1_770_591_600, 808_759, 3600)))
                .isEqualTo(CccpDate.of(1_770_591_600, 808_758, 3600));
        assertThat(DispatchTime.stored(CccpDate.of(1_770_591_660, 642_051, 3600)).microseconds()).isEqualTo(642_050);
        assertThat(DispatchTime.stored(CccpDate.of(1_770_541_426, 383_749, 3600)).microseconds())
                .as("most values survive the round trip").isEqualTo(383_749);
        assertThat(DispatchTime.stored(CccpDate.NIL)).isEqualTo(CccpDate.NIL);
    }

    @Test
    void everyDateTheApplierStoresIsTheDispatchsOne() {
        DispatchDatabase db = new DispatchDatabase();
        RecordApplier applier = new RecordApplier(db, "ACME");
        CccpDate recordDate = CccpDate.of(1_770_591_600, 808_759, 3600);
        applier.applyAll(List.of(new io.cccpexplorer.protocol.rlog.RlogEntry(recordDate, 1,
                new io.cccpexplorer.protocol.rlog.ccxml.SessionCreate("session_1", 1, false,
                        TestRecords.PROJECT, ""))));

        assertThat(db.root().list("sessions").first().date("create_date").microseconds()).isEqualTo(808_758);
    }
}
