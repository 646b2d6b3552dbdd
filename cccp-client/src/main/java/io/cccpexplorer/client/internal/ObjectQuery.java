package io.cccpexplorer.client.internal;

import io.cccpexplorer.client.Row;
import io.cccpexplorer.client.RowFormat;
import io.cccpexplorer.protocol.objects.ProtocolObject;

/** One object's row, once: {@code set_object_format} (if new), {@code query_object}, then {@code stop_query}. */
final class ObjectQuery extends OneShot<Row> {

    private final int objectId;
    private final FormatTree format;
    private final String path;

    ObjectQuery(ConnectionCore core, int objectId, RowFormat format, String path) {
        super(core);
        this.objectId = objectId;
        this.format = FormatTree.of(format);
        this.path = path;
    }

    @Override
    String describe() {
        return "query_object on object " + Integer.toUnsignedString(objectId);
    }

    @Override
    void begin() {
        int formatId = session.formatId(format);
        int id = register(new ResponseRoute() {
            @Override
            public void onObject(ProtocolObject object) {
                succeed(RowAssembler.first(objectId, format, object));
            }
        });
        session.send(Requests.queryObject(id, path, objectId, formatId));
    }
}
