package io.cccpexplorer.dashboard.view;

import io.cccpexplorer.client.model.ChangeKind;

/**
 * One entry of a project's event log and one SSE frame ({@code Event} in API.md).
 *
 * @param id sequence number, also the SSE id
 * @param type {@code user}, {@code queue}, {@code call}, {@code kpi}, {@code connection} or {@code snapshot}
 * @param op {@code add}, {@code update}, {@code remove}, or {@code null} for kpi/connection/snapshot
 * @param item the changed record (a view record, a KPI object, a connection object or a status object)
 */
public record EventView(long id, String type, String time, String project, String op, Object item) {

    /** The wire spelling of a model change: {@code add}, {@code update}, {@code remove}. */
    public static String op(ChangeKind kind) {
        return switch (kind) {
            case ADDED -> "add";
            case UPDATED -> "update";
            case REMOVED -> "remove";
        };
    }
}
