package io.cccpexplorer.spec;

/**
 * Which side of a connection sends a message. The client is the side that opened the TCP connection and sent the
 * module id; within a module, ids 10000+ travel client to server and ids 20000+ server to client.
 */
public enum Direction {
    CLIENT_TO_SERVER("client_to_server"),
    SERVER_TO_CLIENT("server_to_client");

    private final String wireName;

    Direction(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling used in the JSON resources. */
    public String wireName() {
        return wireName;
    }

    /**
     * @throws IllegalArgumentException for a spelling that is not a direction
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
