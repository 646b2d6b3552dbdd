package io.cccpexplorer.simulator.traffic;

import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * Invented people and numbers for synthetic traffic. Phone numbers come from the French range set aside for
 * fiction ({@code +33 1 99 00 xx xx}); addresses from the documentation networks (RFC 5737). Agent names combine two
 * short lists of common given and family names: no real person's data is ever used.
 */
final class FictionalDirectory {

    private static final List<String> GIVEN = List.of(
            "Alice", "Bruno", "Chloe", "David", "Emma", "Farid", "Gaelle", "Hugo", "Ines", "Jules",
            "Karima", "Louis", "Manon", "Nadia", "Oscar", "Paula", "Quentin", "Rose", "Samir", "Theo",
            "Ugo", "Vera", "William", "Yasmine", "Zoe");
    private static final List<String> FAMILY = List.of(
            "Martin", "Bernard", "Dubois", "Moreau", "Laurent", "Simon", "Michel", "Lefebvre", "Leroy", "Roux",
            "Fournier", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent", "Muller", "Faure");
    private static final List<String> QUEUES = List.of(
            "SALES", "SUPPORT", "BILLING", "ORDERS", "TECH", "VIP", "CLAIMS", "RETENTION", "RETURNS", "PARTNERS");
    private static final List<String> COLORS = List.of(
            "#4C9AFF", "#36B37E", "#FFAB00", "#FF5630", "#6554C0", "#00B8D9", "#97A0AF", "#F78DA7");

    /** Caller network (TEST-NET-1) and our own platform (TEST-NET-2). */
    static final String CALLER_GATEWAY = "192.0.2.10";
    static final String PLATFORM = "198.51.100.20";

    private FictionalDirectory() {
    }

    /** A caller number in E.164 without the plus: 33 1 99 00 xx xx. */
    static String callerNumber(RandomGenerator random) {
        return String.format(Locale.ROOT, "3319900%04d", random.nextInt(10_000));
    }

    /** The entry number of queue {@code index}, also in the fiction range. */
    static String entryNumber(int index) {
        return String.format(Locale.ROOT, "3319909%04d", index % 10_000);
    }

    /** Agent {@code index}'s desk phone. */
    static String agentNumber(int index) {
        return String.format(Locale.ROOT, "3319905%04d", index % 10_000);
    }

    static String agentName(int index) {
        String given = GIVEN.get(index % GIVEN.size());
        String family = FAMILY.get((index / GIVEN.size() + index) % FAMILY.size());
        return given + " " + family;
    }

    static String agentLogin(int index) {
        return String.format(Locale.ROOT, "agent%04d", index + 1);
    }

    /** Queue {@code index}'s short name: the built-in words first, then numbered ones. */
    static String queueName(int index) {
        return index < QUEUES.size() ? QUEUES.get(index) : String.format(Locale.ROOT, "QUEUE_%03d", index + 1);
    }

    static String queueColor(int index) {
        return COLORS.get(index % COLORS.size());
    }
}
