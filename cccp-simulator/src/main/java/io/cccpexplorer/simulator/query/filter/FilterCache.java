package io.cccpexplorer.simulator.query.filter;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Filters by their text, each parsed once while it stays among the most recently used: clients send the same few
 * filters again and again (a dashboard's refresh, a report script), and a {@link Filter} is immutable, so one parse
 * serves them all. Texts that do not parse are not kept. Not thread-safe: one per project, on its database thread.
 */
public final class FilterCache {

    private final Map<String, Filter> byText;

    /** @param capacity how many filters are kept; the least recently used goes first */
    public FilterCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity: " + capacity + " (expected: >= 1)");
        }
        this.byText = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Filter> eldest) {
                return size() > capacity;
            }
        };
    }

    /** {@link Filter#parse(String)}, from the cache when this text was parsed before. */
    public Filter parse(String text) throws FilterSyntaxException {
        Filter known = byText.get(text);
        if (known != null) {
            return known;
        }
        Filter parsed = Filter.parse(text);
        byText.put(text, parsed);
        return parsed;
    }

    public int size() {
        return byText.size();
    }
}
