package io.cccpexplorer.client.internal;

import io.cccpexplorer.client.ListQuery;
import io.cccpexplorer.client.Row;
import io.cccpexplorer.client.RowFormat;
import io.cccpexplorer.protocol.objects.ListItem;
import io.cccpexplorer.protocol.objects.ProtocolList;
import io.cccpexplorer.protocol.objects.ProtocolObject;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of a list, once: {@code query_list}, then (after the snapshot) {@code set_object_format} and one
 * {@code query_object} per item, pipelined; rows come back in the order their answers arrived, as
 * {@code ccenter_report} prints them. Items that leave the list before answering are dropped.
 */
final class RowsQuery extends OneShot<List<Row>> {

    private final ListQuery query;
    private final FormatTree format;
    private final List<Row> rows = new ArrayList<>();
    private final Map<Integer, Integer> pending = new HashMap<>();
    private boolean listAnswered;
    private int asked;

    RowsQuery(ConnectionCore core, ListQuery query, RowFormat format) {
        super(core);
        this.query = query;
        this.format = FormatTree.of(format);
    }

    @Override
    String describe() {
        return query.describe();
    }

    @Override
    String timeoutMessage() {
        return listAnswered
                ? "query_object on " + pending.size() + " of " + asked + " objects of " + super.timeoutMessage()
                : super.timeoutMessage();
    }

    @Override
    void begin() {
        int listId = register(new ResponseRoute() {
            @Override
            public void onList(ProtocolList list) {
                onListResponse(list);
            }
        });
        session.send(Requests.queryList(listId, query));
    }

    private void onListResponse(ProtocolList list) {
        if (listAnswered) {
            for (ListItem item : list.items()) {
                Integer id = item.isRemoval() ? pending.remove(item.itemId()) : null;
                if (id != null) {
                    stop(id);
                }
            }
            completeIfAnswered();
            return;
        }
        listAnswered = true;
        for (ListItem item : list.items()) {
            if (item.action() != ListItem.ADDED || pending.containsKey(item.itemId())) {
                continue;
            }
            int objectId = item.itemId();
            int formatId = session.formatId(format);
            int id = register(new ResponseRoute() {
                @Override
                public void onObject(ProtocolObject object) {
                    if (pending.remove(objectId) != null) {
                        rows.add(RowAssembler.first(objectId, format, object));
                        completeIfAnswered();
                    }
                }
            });
            pending.put(objectId, id);
            asked++;
            session.send(Requests.queryObject(id, Requests.itemPath(query, item.path()), objectId, formatId));
        }
        completeIfAnswered();
    }

    private void completeIfAnswered() {
        if (pending.isEmpty()) {
            succeed(List.copyOf(rows));
        }
    }
}
