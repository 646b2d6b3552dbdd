package io.cccpexplorer.client.internal;

import io.cccpexplorer.protocol.objects.ProtocolList;
import io.cccpexplorer.protocol.objects.ProtocolObject;

/** Where the answers to one system id go. Called on the connection's I/O thread. */
interface ResponseRoute {

    default void onList(ProtocolList list) {
    }

    default void onObject(ProtocolObject object) {
    }
}
