package io.cccpexplorer.client.soak;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** What this JVM holds: heap used after a full collection, and resident set size from {@code /proc}. */
record JvmMemory(long heapAfterGcBytes, long rssBytes) {

    static JvmMemory now() {
        System.gc();
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long rss = 0;
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    rss = Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            rss = -1;
        }
        return new JvmMemory(heap, rss);
    }

    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    @Override
    public String toString() {
        return String.format("heap after GC %d MiB, RSS %d MiB", heapAfterGcBytes >> 20, rssBytes >> 20);
    }
}
