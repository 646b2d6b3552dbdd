package io.cccpexplorer.dashboard.history;

import io.cccpexplorer.client.model.QueueNames;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The reports' {@code queue=} takes a queue by its full stored name ({@code ACME__SAV}) or by the name the page and
 * the live tables show ({@code SAV}, the model's {@link QueueNames} rule): a shown name becomes the stored queues
 * that carry it. A name that matches nothing stays as given (the report is then empty, as for any unknown queue).
 */
final class ShownQueueNames {

    private ShownQueueNames() {
    }

    /**
     * @param given the names of a link, full or shown
     * @param known the full names the store holds over the report's days
     * @return the full names to query, in the order given, without repeats
     */
    static List<String> fullNames(List<String> given, List<String> known) {
        Set<String> out = new LinkedHashSet<>();
        for (String name : given) {
            if (known.contains(name)) {
                out.add(name);
                continue;
            }
            List<String> shownAs = known.stream().filter(k -> QueueNames.shortName(k).equals(name)).toList();
            out.addAll(shownAs.isEmpty() ? List.of(name) : shownAs);
        }
        return new ArrayList<>(out);
    }
}
