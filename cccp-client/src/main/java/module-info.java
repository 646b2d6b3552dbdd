/**
 * cccp-client: an embeddable CCCP client and the live contact-center model. Only the API packages are exported;
 * {@code io.cccpexplorer.client.internal} is not (see the README, "Public surface").
 */
module io.cccpexplorer.client {
    requires io.cccpexplorer.protocol;
    requires io.netty.common;
    requires io.netty.buffer;
    requires io.netty.transport;
    requires org.slf4j;

    exports io.cccpexplorer.client;
    exports io.cccpexplorer.client.model;
}
