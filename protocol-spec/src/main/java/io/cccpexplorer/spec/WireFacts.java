package io.cccpexplorer.spec;

import java.util.List;
import java.util.Map;

/**
 * The few numeric facts of {@code primitives.json} that code needs; the full text (framing, primitive encodings,
 * blob grammar, filter syntax) is in {@link ProtocolSpec#toJson()}.
 *
 * @param productVersion            {@code 0x020A008C} = 2.10.0.12, sent in {@code initialize} and {@code connection_ok}
 * @param minFrameLength            8: the length and id fields of a frame without arguments
 * @param recommendedMaxFrameLength a sanity bound for receivers; the vendor enforces none
 * @param sessionTypes              {@code session_type} values: 1 call, 2 internal, 3 user, 4 explorer
 * @param listActions               {@code list_item.action} values: 1 added, 2 filtered_out, 3 removed
 * @param filterOperators           operator symbols of the {@code query_list} filter language
 */
public record WireFacts(int productVersion, int minFrameLength, int recommendedMaxFrameLength,
                        Map<Integer, String> sessionTypes, Map<Integer, String> listActions,
                        List<String> filterOperators) {

    /**
     * Keeps immutable copies of the tables.
     *
     * @param productVersion {@code 0x020A008C} = 2.10.0.12, sent in {@code initialize} and {@code connection_ok}
     * @param minFrameLength 8: the length and id fields of a frame without arguments
     * @param recommendedMaxFrameLength a sanity bound for receivers; the vendor enforces none
     * @param sessionTypes {@code session_type} values: 1 call, 2 internal, 3 user, 4 explorer
     * @param listActions {@code list_item.action} values: 1 added, 2 filtered_out, 3 removed
     * @param filterOperators operator symbols of the {@code query_list} filter language
     */
    public WireFacts {
        sessionTypes = Map.copyOf(sessionTypes);
        listActions = Map.copyOf(listActions);
        filterOperators = List.copyOf(filterOperators);
    }
}
