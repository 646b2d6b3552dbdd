package io.cccpexplorer.spec;

/**
 * Which side of a connection sends a message. The client is the side that opened the TCP connection and sent the
 * module id; within a module, ids 10000+ travel client to server and ids 20000+ server to client.
 */
public enum Direction {
    /** Sent by the side that opened the connection: the module id, then ids 10000 and up. */
    CLIENT_TO_SERVER("client_to_server"),
    /** Sent by the accepting side: ids 20000 and up, and id 0. */
    SERVER_TO_CLIENT("server_to_client");

    private final String wireName;

    Direction(String wireName) {
        this.wireName = wireName;
    }

    /**
     * The spelling used in the JSON resources.
     *
     * @return the direction as the JSON writes it
     */
    public String wireName() {
        return wireName;
    }

    /**
     * The direction of a JSON spelling.
     *
     * @param name the spelling, e.g. as {@link #wireName()} gives it
     * @return the direction
     * @throws IllegalArgumentException for a spelling that is not one
     */
    public static Direction fromWireName(String name) {
        for (Direction d : values()) {
            if (d.wireName.equals(name)) {
                return d;
            }
        }
        throw new IllegalArgumentException("direction: " + name + " (expected: client_to_server or server_to_client)");
    }
}
