/**
 * cccp-protocol: the CCCP wire format as Netty codecs and records. Every package is API and exported
 * ({@code ModuleDescriptorTest} fails on a package left out). Commons Compress is optional: only {@code .bz2} log
 * files need it.
 */
module io.cccpexplorer.protocol {
    requires transitive io.netty.buffer;
    requires transitive io.netty.codec;
    requires transitive io.netty.transport;
    requires io.netty.common;
    requires static org.apache.commons.compress;

    exports io.cccpexplorer.protocol;
    exports io.cccpexplorer.protocol.arguments;
    exports io.cccpexplorer.protocol.blob;
    exports io.cccpexplorer.protocol.explorer;
    exports io.cccpexplorer.protocol.netty;
    exports io.cccpexplorer.protocol.objects;
    exports io.cccpexplorer.protocol.rlog;
    exports io.cccpexplorer.protocol.rlog.ccxml;
    exports io.cccpexplorer.protocol.wire;
}
