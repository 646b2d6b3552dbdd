package io.cccpexplorer.client.internal;

import io.cccpexplorer.client.ListEntry;
import io.cccpexplorer.client.ListQuery;
import io.cccpexplorer.protocol.objects.ListItem;
import io.cccpexplorer.protocol.objects.ProtocolList;

import java.util.ArrayList;
import java.util.List;

/** The ids of a list: one {@code query_list}, its snapshot, then {@code stop_query}. */
final class ListEntriesQuery extends OneShot<List<ListEntry>> {

    private final ListQuery query;

    ListEntriesQuery(ConnectionCore core, ListQuery query) {
        super(core);
        this.query = query;
    }

    @Override
    String describe() {
        return query.describe();
    }

    @Override
    void begin() {
        int listId = register(new ResponseRoute() {
            @Override
            public void onList(ProtocolList list) {
                List<ListEntry> entries = new ArrayList<>(list.items().size());
                for (ListItem item : list.items()) {
                    if (item.action() == ListItem.ADDED) {
                        entries.add(new ListEntry(item.itemId(), item.path()));
                    }
                }
                succeed(List.copyOf(entries));
            }
        });
        session.send(Requests.queryList(listId, query));
    }
}
