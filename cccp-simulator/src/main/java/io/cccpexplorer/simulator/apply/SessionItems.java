package io.cccpexplorer.simulator.apply;

import io.cccpexplorer.protocol.wire.CccpDate;
import io.cccpexplorer.simulator.db.DbList;
import io.cccpexplorer.simulator.db.DbObject;
import io.cccpexplorer.simulator.db.DispatchDatabase;

/**
 * What reaching an item does to its session (observed on the vendor's dispatch fed records written by our rlog
 * writer, protocol-spec §9.3), for every kind of item: a voice menu's (dialog_enter_item), a session's
 * (session_enter_item), a queue task's step and a disconnect.
 *
 * <p>The item's name ({@code form.item}, or {@code form} alone) becomes {@code current_item}; it becomes
 * {@code best_item} (and {@code best}) when its rank is at least the best one's, so the best is the latest of the
 * highest rank. The two dates follow their names lazily: {@code current_item_date} / {@code best_item_date} move to
 * the item's date only when that is at least one second after the date they hold (three menu items 0.7 s apart
 * keep the first one's date, the third moves it; a disconnect 3 ms after a menu item renames the current item but
 * keeps the menu item's date; exactly 1 s moves it).
 *
 * <p>An item with {@code compute_duration} stays open until the session's next item with {@code compute_duration}
 * or the session's terminate (other items, a disconnect's included, do not end it): its {@code end_date} is then
 * set, and its whole seconds ({@code floor(end) - floor(start)}) are added to the session's item statistics named
 * {@code form.item}, {@code form} and {@code item} (only {@code form} when the item is empty), which are created in
 * that order when the item is reached and count how many times it was.
 */
final class SessionItems {

    private SessionItems() {
    }

    /** {@code item} (already appended to the session's items) is reached at {@code date}. */
    static void reached(DbObject s, DbObject item, String name, int rank, CccpDate date) {
        if (item.bool("compute_duration")) {
            closeOpen(s, item, date);
            for (String statistic : statisticNames(item)) {
                DurationStatistics.enterCounted(s, statistic);
            }
        }
        // observed (a follower of the calls across midnight): the dispatch pushes each step on its own: the new
        // item (the items' count), the current item's name, its date, the best item's name, its date
        DispatchDatabase db = s.database();
        db.commit();
        s.set("current_item", name);
        db.commit();
        if (DispatchTime.moveHeldDate(s, "current_item_date", date)) {
            db.commit();
        }
        if (s.ref("best") == null || rank >= s.u32("best_item_rank")) {
            s.set("best", item).set("best_item_rank", rank).set("best_item", name);
            db.commit();
            DispatchTime.moveHeldDate(s, "best_item_date", date);
        }
    }

    /** The session terminates: its open compute-duration item ends. */
    static void terminated(DbObject s, CccpDate date) {
        closeOpen(s, null, date);
    }

    /** Ends the latest compute-duration item before {@code reached} (null: the latest of all) if it is still open. */
    private static void closeOpen(DbObject s, DbObject reached, CccpDate date) {
        DbList items = s.list("items");
        for (int i = items.size() - 1; i >= 0; i--) {
            DbObject open = items.get(i);
            if (open == reached || !open.bool("compute_duration")) {
                continue;
            }
            CccpDate start = open.date("start_date");
            if (open.date("end_date").equals(start) && !start.isNil()) {
                open.set("end_date", date);
                long seconds = Math.max(0L, date.seconds() - start.seconds());
                for (String statistic : statisticNames(open)) {
                    DurationStatistics.addDuration(s, statistic, seconds);
                }
            }
            return;
        }
    }

    private static String[] statisticNames(DbObject item) {
        String form = item.string("form");
        String name = item.string("item");
        return name.isEmpty() ? new String[] {form} : new String[] {form + "." + name, form, name};
    }
}
