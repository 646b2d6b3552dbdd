package io.cccpexplorer.simulator.apply;

import io.cccpexplorer.protocol.rlog.ccxml.CcxmlRecord;
import io.cccpexplorer.protocol.wire.CccpDate;

/** The database rules for one family of ccxml records (sessions, agents, tasks...). */
interface RecordRules {

    /**
     * Applies {@code record}, stamped {@code date} by the logger.
     *
     * @return false if the record is not of this family
     */
    boolean apply(CcxmlRecord record, CccpDate date);
}
