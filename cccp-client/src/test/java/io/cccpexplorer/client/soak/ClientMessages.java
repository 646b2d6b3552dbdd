package io.cccpexplorer.client.soak;

import io.cccpexplorer.protocol.explorer.ClientEvent;
import io.cccpexplorer.protocol.explorer.ClientVoid;
import io.cccpexplorer.protocol.explorer.ExplorerMessage;
import io.cccpexplorer.protocol.explorer.Initialize;
import io.cccpexplorer.protocol.explorer.Login;
import io.cccpexplorer.protocol.explorer.Logout;
import io.cccpexplorer.protocol.explorer.QueryList;
import io.cccpexplorer.protocol.explorer.QueryObject;
import io.cccpexplorer.protocol.explorer.SetObjectFormat;
import io.cccpexplorer.protocol.explorer.StopQuery;
import io.cccpexplorer.protocol.explorer.UseDefaultNamespacesIndex;
import io.cccpexplorer.protocol.blob.FieldValue;
import io.cccpexplorer.protocol.objects.FormatField;
import io.cccpexplorer.protocol.objects.NamedObject;
import io.cccpexplorer.protocol.objects.NamedScalar;
import io.cccpexplorer.protocol.objects.ObjectFormat;
import java.util.List;
import java.util.Random;

/** The client messages a dashboard sends, built as records and encoded by cccp-protocol: the fuzzer's seeds. */
final class ClientMessages {

    static final int CLIENT_VERSION = 0x020A008C;
    private static final List<String> FILTERS = List.of("", ".[session_type eq 1]",
            ".[session_type eq 3 and terminate_date eq '']", ".[(user/login ne '') or not(running)]",
            ".[-(-(1)) + 2 * 3 div 4 mod 5 gt 0]", ".[states/last/display_name eq 'Pause']");

    private ClientMessages() {
    }

    static Initialize initialize() {
        return new Initialize(CLIENT_VERSION, false);
    }

    static Login login(String user, String password) {
        return new Login(1, user, password, 1, false);
    }

    static SetObjectFormat format() {
        FormatField user = new FormatField(1, "user", null, List.of(FormatField.leaf(2, "login")));
        FormatField states = new FormatField(3, "states", null, List.of(new FormatField(4, "last", null,
                List.of(FormatField.leaf(5, "display_name")))));
        return new SetObjectFormat(1, new ObjectFormat(1, List.of(FormatField.leaf(0, "object_id"), user, states,
                FormatField.leaf(6, "session_type"), FormatField.leaf(7, "create_date"))));
    }

    static QueryList sessions(int systemId, String filter) {
        return new QueryList(1, systemId, "/dispatch", 0, "sessions", filter, 0, "", 0);
    }

    /** A message a logged-in dashboard could send, with plausible ids. */
    static ExplorerMessage any(Random r) {
        int systemId = 1 + r.nextInt(500);
        return switch (r.nextInt(11)) {
            case 0 -> initialize();
            case 1 -> login("fuzz", "fuzz");
            case 2 -> new UseDefaultNamespacesIndex();
            case 3 -> format();
            case 4, 5 -> sessions(systemId, FILTERS.get(r.nextInt(FILTERS.size())));
            case 6 -> new QueryObject(1, systemId, "/dispatch", 1 + r.nextInt(2000), 1, 0);
            case 7 -> new StopQuery(1, systemId);
            case 8 -> new ClientEvent(1, "/dispatch", "fuzz", "", 0.5,
                    "com.consistent.ccenter.dispatch.load_day.2026_02_08",
                    new NamedObject("args", List.of(new NamedScalar("day", new FieldValue.Str("2026-02-08")),
                            new NamedObject("nested", List.of(new NamedScalar("n", new FieldValue.I32(7))))), null));
            case 9 -> new ClientVoid();
            default -> new Logout(1);
        };
    }
}
