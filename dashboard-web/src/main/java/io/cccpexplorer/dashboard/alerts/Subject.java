package io.cccpexplorer.dashboard.alerts;

import java.util.Locale;
import java.util.Objects;

/**
 * What a figure is about: the whole project, one queue (by the name {@code /api/queues} gives it) or one agent (by
 * login).
 *
 * @param name {@code null} for the project
 */
public record Subject(Kind kind, String name) {

    /** The kinds of subject. */
    public enum Kind {
        PROJECT, QUEUE, AGENT;

        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static final Subject PROJECT = new Subject(Kind.PROJECT, null);

    public Subject {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.PROJECT) != (name == null)) {
            throw new IllegalArgumentException("a project subject has no name, a queue or agent subject has one");
        }
    }

    public static Subject queue(String name) {
        return new Subject(Kind.QUEUE, name);
    }

    public static Subject agent(String login) {
        return new Subject(Kind.AGENT, login);
    }
}
