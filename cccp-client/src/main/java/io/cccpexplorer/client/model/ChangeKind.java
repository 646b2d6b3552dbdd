package io.cccpexplorer.client.model;

/** What happened to an entity of the live model. */
public enum ChangeKind {
    /** It appeared. */
    ADDED,
    /** Some of its values changed. */
    UPDATED,
    /** It left the model. */
    REMOVED
}
