package io.cccpexplorer.dashboard.config;

import java.util.Objects;

/**
 * Where the project list lives (the portal database). {@code database} is only the connection's default schema;
 * queries name {@code interactivportal} and {@code interactivdbmaster} explicitly, like the original.
 */
public record MysqlSettings(String host, int port, String user, String password, String database) {

    public MysqlSettings {
        Objects.requireNonNull(host, "host");
        user = user == null ? "" : user;
        password = password == null ? "" : password;
        database = database == null ? "" : database;
    }

    public String jdbcUrl() {
        return "jdbc:mysql://" + host + ":" + port + "/" + database
                + "?connectTimeout=3000&socketTimeout=10000&characterEncoding=UTF-8&useSSL=false"
                + "&allowPublicKeyRetrieval=true";
    }

    @Override
    public String toString() {
        return "MysqlSettings[" + user + "@" + host + ":" + port + "/" + database + "]";
    }
}
