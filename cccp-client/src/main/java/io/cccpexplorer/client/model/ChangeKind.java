package io.cccpexplorer.client.model;

/** What happened to an entity of the live model. */
public enum ChangeKind {
    ADDED, UPDATED, REMOVED
}
