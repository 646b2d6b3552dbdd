package io.cccpexplorer.dashboard.check;

/** One line of {@code dashboard-web check}: what was tried, whether it worked, and why not. */
public record CheckResult(String target, boolean ok, String detail) {

    public static CheckResult ok(String target, String detail) {
        return new CheckResult(target, true, detail);
    }

    public static CheckResult fail(String target, String why) {
        return new CheckResult(target, false, why);
    }

    /** {@code OK   mysql root@127.0.0.1:3306 — 3 active projects}. */
    public String line() {
        return (ok ? "OK   " : "FAIL ") + target + " — " + detail;
    }
}
