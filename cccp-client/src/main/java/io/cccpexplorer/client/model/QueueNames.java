package io.cccpexplorer.client.model;

/**
 * Queue names: the server names a queue {@code PROJECT__QUEUE}; the model keeps that full name as the queue's only
 * key, and shows the part after the project prefix where no display name exists.
 */
public final class QueueNames {

    private static final String PROJECT_SEPARATOR = "__";

    private QueueNames() {
    }

    /**
     * {@code DEMO__Sales} → {@code Sales}.
     *
     * @param fullName a queue's full name
     * @return the name without its project prefix; a name without one is returned unchanged, null stays null
     */
    public static String shortName(String fullName) {
        if (fullName == null) {
            return null;
        }
        int cut = fullName.indexOf(PROJECT_SEPARATOR);
        return cut >= 0 ? fullName.substring(cut + PROJECT_SEPARATOR.length()) : fullName;
    }
}
