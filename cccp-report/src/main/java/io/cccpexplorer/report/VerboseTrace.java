package io.cccpexplorer.report;

import io.cccpexplorer.client.MessageTrace;
import io.cccpexplorer.client.WireMessage;
import io.cccpexplorer.protocol.explorer.ConnectionOk;
import io.cccpexplorer.protocol.explorer.ExplorerMessage;
import io.cccpexplorer.protocol.explorer.Initialize;
import io.cccpexplorer.protocol.explorer.ListResponse;
import io.cccpexplorer.protocol.explorer.Login;
import io.cccpexplorer.protocol.explorer.LoginFailed;
import io.cccpexplorer.protocol.explorer.LoginOk;
import io.cccpexplorer.protocol.explorer.ObjectResponse;
import io.cccpexplorer.protocol.explorer.QueryList;
import io.cccpexplorer.protocol.explorer.QueryObject;
import io.cccpexplorer.protocol.explorer.SetObjectFormat;
import io.cccpexplorer.protocol.explorer.StopQuery;
import io.cccpexplorer.protocol.objects.FormatField;
import io.cccpexplorer.protocol.objects.ListItem;
import io.cccpexplorer.protocol.objects.ObjectValue;

import java.io.PrintStream;

/**
 * {@code -verbose}: one line per message on stderr in the vendor's style
 * ({@code explorer_client 0x1 : -> explorer_login(session_id=1, login="admin", password="*****", …)}), followed
 * by a short dump of list items, format fields and values. Passwords are masked.
 */
final class VerboseTrace implements MessageTrace {

    private final PrintStream err;
    private final String self = "explorer_client 0x" + Integer.toHexString(System.identityHashCode(this));

    VerboseTrace(PrintStream err) {
        this.err = err;
    }

    @Override
    public void onMessage(boolean inbound, WireMessage message) {
        ExplorerMessage m = message.unwrap(ExplorerMessage.class);
        String arrow = inbound ? " : <- " : " : -> ";
        err.println(self + arrow + "explorer_" + describe(m));
        if (m instanceof ListResponse r && r.list() != null) {
            for (ListItem item : r.list().items()) {
                err.println("\taction = " + item.action() + "; item_id = " + Integer.toUnsignedString(item.itemId())
                        + "; rank = " + item.rank() + ";");
            }
        } else if (m instanceof SetObjectFormat f && f.format() != null) {
            f.format().fields().forEach(field -> dump(field, "\t"));
        } else if (m instanceof ObjectResponse r && r.object() != null) {
            for (ObjectValue v : r.object().values()) {
                err.println("\tfield_index = " + v.fieldIndex() + "; value = " + v.value() + ";");
            }
        }
        err.flush();
    }

    private void dump(FormatField field, String indent) {
        err.println(indent + "field_index = " + field.fieldIndex() + "; name = \"" + field.name() + "\";");
        field.fields().forEach(child -> dump(child, indent + "\t"));
    }

    private static String describe(ExplorerMessage m) {
        if (m instanceof Initialize i) {
            return "initialize(client_version=" + i.clientVersion() + ", can_compress=" + bit(i.canCompress()) + ")";
        } else if (m instanceof ConnectionOk c) {
            return "connection_ok(server_version=" + c.serverVersion() + ", server_date=" + (c.serverDate().isNil() ? ""
                    : ReportValueText.french(c.serverDate().toOffsetDateTime())) + ")";
        } else if (m instanceof Login l) {
            return "login(session_id=" + l.sessionId() + ", login=\"" + l.login() + "\", password=\"*****\", "
                    + "instances_count=" + l.instancesCount() + ", has_been_connected=" + bit(l.hasBeenConnected())
                    + ")";
        } else if (m instanceof LoginOk l) {
            return "login_ok(session_id=" + l.sessionId() + ", user_id=\"" + l.userId() + "\", explorer_id=\""
                    + l.explorerId() + "\")";
        } else if (m instanceof LoginFailed l) {
            return "login_failed(session_id=" + l.sessionId() + ", reason=\"" + l.reason() + "\")";
        } else if (m instanceof QueryList q) {
            return "query_list(session_id=" + q.sessionId() + ", system_id=" + q.systemId() + ", path=\"" + q.path()
                    + "\", object_id=" + Integer.toUnsignedString(q.objectId()) + ", field=\"" + q.field()
                    + "\", filter=\"" + q.filter() + "\", page_size=" + q.pageSize() + ", window_field=\""
                    + q.windowField() + "\", window_duration=" + q.windowDuration() + ")";
        } else if (m instanceof QueryObject q) {
            return "query_object(session_id=" + q.sessionId() + ", system_id=" + q.systemId() + ", path=\""
                    + q.path() + "\", object_id=" + Integer.toUnsignedString(q.objectId()) + ", format_id="
                    + q.formatId() + ", list_system_id=" + q.listSystemId() + ")";
        } else if (m instanceof SetObjectFormat f) {
            return "set_object_format(session_id=" + f.sessionId() + ", format_id="
                    + (f.format() == null ? "null" : f.format().formatId()) + ")";
        } else if (m instanceof ListResponse r) {
            return "list_response(session_id=" + r.sessionId() + ", system_id=" + r.systemId() + ", items="
                    + (r.list() == null ? 0 : r.list().items().size()) + ")";
        } else if (m instanceof ObjectResponse r) {
            return "object_response(session_id=" + r.sessionId() + ", system_id=" + r.systemId()
                    + ", values=" + (r.object() == null ? 0 : r.object().values().size()) + ", list_system_id="
                    + r.listSystemId() + ")";
        } else if (m instanceof StopQuery s) {
            return "stop_query(session_id=" + s.sessionId() + ", system_id=" + s.systemId() + ")";
        }
        return m.toString();
    }

    private static int bit(boolean b) {
        return b ? 1 : 0;
    }
}
