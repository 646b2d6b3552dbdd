package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.rlog.LoggerRecord;

/**
 * A record of the {@code ccxml_logger} interface: what a {@code ccenter_ccxml} process logs about sessions,
 * connections, agents (users), dialogs and tasks. One immutable record per id; {@link CcxmlRecords} decodes.
 */
public interface CcxmlRecord extends LoggerRecord {
}
