package io.cccpexplorer.protocol.blob;

import io.cccpexplorer.protocol.CccpCodecException;
import io.cccpexplorer.protocol.wire.Latin1;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The numbering of namespace paths for one direction of one connection (wire spec §3.2). Objects name their
 * namespace by a small number; a path is announced once, in the header of the next blob after its first use.
 *
 * <ul>
 *   <li>Sending: {@link #numberFor} gives a known path its number, or assigns the next one and queues the path;
 *       {@link #drainAnnouncements} hands the queued paths to the next blob's header.</li>
 *   <li>Receiving: {@link #announceImplicit} numbers paths in arrival order, {@link #announceExplicit} takes the
 *       sender's number; number 1 resets the table, as the vendor's receiver does.</li>
 *   <li>{@link #useDefaults()} is what {@code use_default_namespaces_index} does on both ends: the 38 default
 *       paths get numbers 1..38, and (for a sender) all 38 are queued for the next blob.</li>
 * </ul>
 *
 * <p>Not thread-safe: a table belongs to one channel and is used on its event loop.
 */
public final class NamespaceTable {

    /** An empty table: no namespace numbered yet. */
    public NamespaceTable() {
    }

    /** The namespace of the protocol's own classes (lists, formats, values, named objects): default number 1. */
    public static final String PROTOCOL = "com.consistent.protocol";
    /** The namespace of the dispatch's database classes (sessions, users, queues): default number 9. */
    public static final String DISPATCH_DB = "com.consistent.ccenter.dispatch_db";

    /** The default namespace index (wire spec Appendix B), in number order 1..38. */
    public static final List<String> DEFAULT_INDEX = List.of(
            "com.consistent.protocol", "com.consistent.head", "com.consistent.ccenter.alert",
            "com.consistent.ccenter.ccxml", "com.consistent.db", "com.consistent.ccenter.db_logger",
            "com.consistent.ccenter.db_logger_db", "com.consistent.ccenter.dispatch",
            "com.consistent.ccenter.dispatch_db", "com.consistent.ccenter.engine", "com.consistent.explorer",
            "com.consistent.licences", "com.consistent.ccenter.load", "com.consistent.mail",
            "com.consistent.mysql_ws", "com.consistent.ns", "com.consistent.ccenter.oocc",
            "com.consistent.ccenter.ooid", "com.consistent.ccenter.oov", "com.consistent.ccenter.proxy",
            "com.consistent.ccenter.queues", "com.consistent.redirect_proxy", "com.consistent.ccenter.sce",
            "com.consistent.ccenter.scheduler", "com.consistent.ccenter.scripting",
            "com.consistent.ccenter.stats_mysql", "com.consistent.store", "com.consistent.ccenter.synthesis",
            "com.consistent.tree", "com.consistent.ccenter.tts", "com.consistent.ccenter.voip", "org.w3.ccxml",
            "org.w3.grammar", "org.w3.nlsm", "org.w3.ssml", "org.w3.vxml", "org.w3.xforms", "org.xmlsoap");

    /** A sane bound: the vendor has 38 namespaces in all; a peer announcing thousands is broken or hostile. */
    public static final int MAX_NAMESPACES = 4096;
    /** Numbers the vendor uses (1..38 and a few more) are looked up in an array; larger ones in a map. */
    private static final int LOW_NUMBERS = 64;

    private final Map<String, Integer> numbers = new HashMap<>();
    private final Map<Integer, String> paths = new HashMap<>();
    /**
     * The paths of numbers below {@link #LOW_NUMBERS}, by number: every object of every blob names its namespace,
     * and a boxed hash lookup there was a third of the decoding time. {@link #paths} stays the whole truth.
     */
    private final String[] lowPaths = new String[LOW_NUMBERS];
    private final List<String> announcements = new ArrayList<>();
    private int counter;
    private long announced;

    /**
     * The number of {@code path}, assigning and queuing a new number on first use (sender side).
     *
     * @param path a namespace path
     * @return its number on this connection
     * @throws io.cccpexplorer.protocol.CccpCodecException if the path is not Latin-1
     */
    public int numberFor(String path) {
        Integer n = numbers.get(path);
        if (n != null) {
            return n;
        }
        Latin1.length(path, "namespace path");
        int assigned = ++counter;
        put(path, assigned);
        announcements.add(path);
        return assigned;
    }

    /**
     * The paths to announce in the next blob's header, in number order; the queue is empty afterwards.
     *
     * @return the queued paths, possibly none
     */
    public List<String> drainAnnouncements() {
        if (announcements.isEmpty()) {
            return List.of();
        }
        List<String> out = List.copyOf(announcements);
        announcements.clear();
        announced += out.size();
        return out;
    }

    /**
     * Receiver side: a path announced without a number takes the next number.
     *
     * @param path the announced path
     * @throws io.cccpexplorer.protocol.CccpCodecException if the table is full
     */
    public void announceImplicit(String path) {
        announceExplicit(path, counter + 1);
    }

    /**
     * Receiver side: a path announced with its number; number 1 starts a new table.
     *
     * @param path the announced path
     * @param number its number, from 1
     * @throws io.cccpexplorer.protocol.CccpCodecException if the number is 0 or the table is full
     */
    public void announceExplicit(String path, int number) {
        if (number == 0) {
            // 0 ends lists and stands for the null reference: an object can never name it
            throw CccpCodecException.bad("namespace number of " + path, 0, ">= 1");
        }
        if (number == 1) {
            clear();
        }
        if (paths.size() >= MAX_NAMESPACES) {
            throw CccpCodecException.bad("namespaces on this connection", paths.size() + 1, "<= " + MAX_NAMESPACES);
        }
        put(path, number);
        counter = Math.max(counter, number);
    }

    /**
     * The path of a number: an object may only use a number announced on its connection.
     *
     * @param number the number an object header carries
     * @return the path
     * @throws io.cccpexplorer.protocol.CccpCodecException if the number was never announced
     */
    public String pathOf(int number) {
        String path = number > 0 && number < LOW_NUMBERS ? lowPaths[number] : paths.get(number);
        if (path == null) {
            throw CccpCodecException.bad("namespace number", Integer.toUnsignedString(number),
                    "a number announced on this connection (1.." + counter + ")");
        }
        return path;
    }

    /** Reset to the default index; every default path is queued so the next blob announces all 38. */
    public void useDefaults() {
        clear();
        for (String path : DEFAULT_INDEX) {
            numberFor(path);
        }
    }

    /** Reset to the default index without queuing anything: the receiving end of {@link #useDefaults()}. */
    public void expectDefaults() {
        useDefaults();
        announcements.clear();
    }

    /**
     * How many paths this table has handed to blob headers so far; lets an encoder detect a lost announcement.
     *
     * @return the running count
     */
    public long announcedTotal() {
        return announced;
    }

    /**
     * How many paths the table numbers.
     *
     * @return the number of known paths
     */
    public int size() {
        return paths.size();
    }

    private void clear() {
        numbers.clear();
        paths.clear();
        Arrays.fill(lowPaths, null);
        announcements.clear();
        counter = 0;
    }

    private void put(String path, int number) {
        String previous = paths.put(number, path);
        if (number > 0 && number < LOW_NUMBERS) {
            lowPaths[number] = path;
        }
        if (previous != null && !previous.equals(path)) {
            numbers.remove(previous);
        }
        numbers.put(path, number);
    }
}
