package io.cccpexplorer.simulator.query.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FilterCacheTest {

    private final FilterCache cache = new FilterCache(2);

    @Test
    void aTextIsParsedOnceAndServedAgain() throws Exception {
        Filter first = cache.parse(".[session_type eq 3]");
        assertThat(cache.parse(".[session_type eq 3]")).isSameAs(first);
        assertThat(first.source()).isEqualTo(".[session_type eq 3]");
        assertThat(cache.parse("")).isSameAs(Filter.ALL);
    }

    @Test
    void theLeastRecentlyUsedGoesPastTheCapacity() throws Exception {
        Filter one = cache.parse(".[a eq 1]");
        Filter two = cache.parse(".[b eq 2]");
        cache.parse(".[a eq 1]");   // used again: ".[b eq 2]" is now the least recently used
        cache.parse(".[c eq 3]");
        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.parse(".[a eq 1]")).isSameAs(one);
        assertThat(cache.parse(".[b eq 2]")).isNotSameAs(two).extracting(Filter::source).isEqualTo(".[b eq 2]");
    }

    @Test
    void aTextThatDoesNotParseFailsEveryTimeAndIsNotKept() {
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> cache.parse(".[a eq")).isInstanceOf(FilterSyntaxException.class);
        }
        assertThat(cache.size()).isZero();
    }
}
