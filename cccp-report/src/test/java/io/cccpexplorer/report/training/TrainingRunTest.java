package io.cccpexplorer.report.training;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The CDS training workload walks every query path successfully (else the archive would miss their classes). */
class TrainingRunTest {

    @Test
    void everyTrainingRunSucceeds() throws Exception {
        assertThat(TrainingRun.train()).hasSize(7).containsOnly(0);
    }
}
