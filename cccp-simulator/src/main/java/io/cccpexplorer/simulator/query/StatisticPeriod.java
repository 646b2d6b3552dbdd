package io.cccpexplorer.simulator.query;

/**
 * The query of a statistic function ({@code duration('0')}): the minutes after midnight, in the server's offset,
 * at which the statistic's day starts (observed on the vendor's dispatch, protocol-spec §9.2: {@code '780'} counts
 * from 13:00, a period begun earlier from 13:00 on; {@code '0'} from midnight). Read as C's {@code atol} does
 * (leading blanks, a sign, decimal digits up to the first other character, clamped on overflow, nothing read = 0),
 * then kept to 32 bits; from -1440 to 2879 it names a start of day, any other value answers 0 (observed bounds:
 * '4294970175' = 2879 answers, '4294970176' = 2880 and '-1441' do not).
 */
final class StatisticPeriod {

    static final int FIRST = -1440;
    static final int LAST = 2879;

    private StatisticPeriod() {
    }

    /** The period's minutes after midnight, or {@code null} when the dispatch answers it with 0. */
    static Integer minutes(String query) {
        int value = (int) atol(query == null ? "" : query);
        return value >= FIRST && value <= LAST ? value : null;
    }

    static long atol(String s) {
        int i = 0;
        while (i < s.length() && " \t\n\u000b\f\r".indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        boolean negative = false;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        long value = 0;
        for (; i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9'; i++) {
            int digit = s.charAt(i) - '0';
            if (value > (Long.MAX_VALUE - digit) / 10) {
                return negative ? Long.MIN_VALUE : Long.MAX_VALUE;   // strtol clamps
            }
            value = value * 10 + digit;
        }
        return negative ? -value : value;
    }
}
