/**
 * protocol-spec: the CCCP protocol as data (interfaces, messages, classes, field types, namespaces) and its readable
 * description. One API package, exported ({@code ModuleDescriptorTest}); its JSON and Markdown are read by the
 * module's own classes, so nothing is opened. Jackson is transitive: {@link io.cccpexplorer.spec.ProtocolSpec#toJson()}
 * answers a {@code JsonNode}.
 */
module io.cccpexplorer.spec {
    requires transitive com.fasterxml.jackson.databind;

    exports io.cccpexplorer.spec;
}
