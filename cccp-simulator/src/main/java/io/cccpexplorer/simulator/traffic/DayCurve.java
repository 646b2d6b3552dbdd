package io.cccpexplorer.simulator.traffic;

import java.util.Arrays;

/**
 * How busy each local hour of the day is, as a factor of the profile's peak call rate (0 = no calls, 1 = peak).
 * Hours are the generator's local wall-clock hours (UTC + its offset).
 */
public final class DayCurve {

    /** A working day: quiet night, ramp from 08:00, peak 10:00-12:00 and 14:00-16:00, tail until 20:00. */
    public static final DayCurve OFFICE = new DayCurve(new double[] {
            0.02, 0.01, 0.01, 0.01, 0.01, 0.02, 0.05, 0.15,
            0.45, 0.80, 1.00, 1.00, 0.70, 0.75, 1.00, 0.95,
            0.85, 0.70, 0.50, 0.30, 0.15, 0.08, 0.05, 0.03});

    /** The same rate around the clock. */
    public static final DayCurve FLAT = constant(1.0);

    private final double[] factors;

    private DayCurve(double[] factors) {
        this.factors = factors;
    }

    /** A curve from 24 factors, hour 00 first; each in 0..1. */
    public static DayCurve of(double... factors) {
        if (factors.length != 24) {
            throw new IllegalArgumentException("factors: " + factors.length + " (expected: 24, one per hour)");
        }
        for (double f : factors) {
            if (!(f >= 0 && f <= 1)) {
                throw new IllegalArgumentException("factor: " + f + " (expected: 0..1)");
            }
        }
        return new DayCurve(factors.clone());
    }

    public static DayCurve constant(double factor) {
        double[] all = new double[24];
        Arrays.fill(all, factor);
        return of(all);
    }

    /** The factor of local hour {@code hour} (0..23). */
    public double factor(int hour) {
        return factors[hour];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DayCurve c && Arrays.equals(factors, c.factors);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(factors);
    }

    @Override
    public String toString() {
        return "DayCurve" + Arrays.toString(factors);
    }
}
