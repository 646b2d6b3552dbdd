package io.cccpexplorer.benchmarks;

import io.cccpexplorer.protocol.blob.FieldValue;
import io.cccpexplorer.protocol.blob.NamespaceTable;
import io.cccpexplorer.protocol.explorer.ExplorerCodec;
import io.cccpexplorer.protocol.explorer.ExplorerMessage;
import io.cccpexplorer.protocol.explorer.ListResponse;
import io.cccpexplorer.protocol.explorer.ObjectResponse;
import io.cccpexplorer.protocol.objects.ListItem;
import io.cccpexplorer.protocol.objects.ObjectValue;
import io.cccpexplorer.protocol.objects.ProtocolList;
import io.cccpexplorer.protocol.objects.ProtocolObject;
import io.cccpexplorer.protocol.wire.CccpDate;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

import java.util.ArrayList;
import java.util.List;

/** Typical server messages of a live dashboard, synthesized: what the benchmarks decode and encode. */
final class SampleMessages {

    private static final int CET = 3600;
    private static final long NOW = 1_770_541_426L;

    private SampleMessages() {
    }

    /** One row of the agents view: 13 values, strings, dates and u32 counters, as the first full response. */
    static ObjectResponse agentRow() {
        List<ObjectValue> values = List.of(
                new ObjectValue(0, new FieldValue.U32(3854)),
                new ObjectValue(1, new FieldValue.Str("session_4711@20001.1795000000.Ccxml.sim-ccxml-1")),
                new ObjectValue(2, new FieldValue.Str("jdupont")),
                new ObjectValue(3, new FieldValue.Str("Jean Dupont")),
                new ObjectValue(4, new FieldValue.Str("En communication")),
                new ObjectValue(5, new FieldValue.Str("sip:1001@10.0.0.5:5060")),
                new ObjectValue(6, new FieldValue.Str("Conseiller_default")),
                new ObjectValue(7, new FieldValue.Date(new CccpDate(NOW, 383_749, CET))),
                new ObjectValue(8, new FieldValue.Date(new CccpDate(NOW + 3_600, 626_121, CET))),
                new ObjectValue(9, new FieldValue.Date(CccpDate.NIL)),
                new ObjectValue(10, new FieldValue.U32(1)),
                new ObjectValue(11, new FieldValue.U32(42)),
                new ObjectValue(12, new FieldValue.U32(3)));
        return new ObjectResponse(1, 17, new ProtocolObject(values), 2);
    }

    /** A list snapshot of 50 sessions. */
    static ListResponse sessionsSnapshot() {
        List<ListItem> items = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            items.add(ListItem.added(3_800 + i * 7, i));
        }
        return new ListResponse(1, 2, new ProtocolList(items));
    }

    /**
     * A connection's view of {@code message}: the tables after the first blob (which announced the protocol
     * namespace), and the frame of {@code message} as every later blob looks: an empty namespace header.
     */
    static Connection steadyState(ExplorerMessage message) {
        NamespaceTable outbound = new NamespaceTable();
        NamespaceTable inbound = new NamespaceTable();
        ByteBuf first = Unpooled.buffer();
        ExplorerCodec.encode(message, first, outbound);
        ExplorerCodec.decode(first, inbound);
        ByteBuf frame = Unpooled.directBuffer();
        ExplorerCodec.encode(message, frame, outbound);
        return new Connection(outbound, inbound, frame);
    }

    record Connection(NamespaceTable outbound, NamespaceTable inbound, ByteBuf frame) {
    }
}
