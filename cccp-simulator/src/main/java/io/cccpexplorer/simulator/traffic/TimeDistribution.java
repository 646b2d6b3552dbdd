package io.cccpexplorer.simulator.traffic;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * A random duration of a traffic profile (handle time, patience, wrap-up, ...), drawn from a seeded generator.
 *
 * @param shape how durations spread around the mean
 * @param mean  the mean duration
 * @param min   a floor, so that no call lasts zero seconds
 */
public record TimeDistribution(Shape shape, Duration mean, Duration min) {

    /** How durations spread around the mean. */
    public enum Shape {
        /** Always the mean. */
        FIXED,
        /** Memoryless: many short, a few long (patience, time between pauses). */
        EXPONENTIAL,
        /** Skewed bell (σ = 0.5 in log space): most near the mean, a long tail (handle times). */
        LOG_NORMAL,
        /** Uniform between min and 2 × mean − min. */
        UNIFORM
    }

    private static final double LOG_SIGMA = 0.5;

    public TimeDistribution {
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(mean, "mean");
        Objects.requireNonNull(min, "min");
        if (mean.isNegative() || min.isNegative() || min.compareTo(mean) > 0) {
            throw new IllegalArgumentException("mean " + mean + ", min " + min + " (expected: 0 <= min <= mean)");
        }
    }

    public static TimeDistribution fixed(Duration value) {
        return new TimeDistribution(Shape.FIXED, value, value);
    }

    public static TimeDistribution exponential(Duration mean, Duration min) {
        return new TimeDistribution(Shape.EXPONENTIAL, mean, min);
    }

    public static TimeDistribution logNormal(Duration mean, Duration min) {
        return new TimeDistribution(Shape.LOG_NORMAL, mean, min);
    }

    public static TimeDistribution uniform(Duration mean, Duration min) {
        return new TimeDistribution(Shape.UNIFORM, mean, min);
    }

    /** One duration in microseconds, never below {@link #min}. */
    long sampleMicros(RandomGenerator random) {
        double mean = mean().toNanos() / 1_000.0;
        double floor = min().toNanos() / 1_000.0;
        double value = switch (shape) {
            case FIXED -> mean;
            case EXPONENTIAL -> -mean * Math.log(1.0 - random.nextDouble());
            case LOG_NORMAL -> mean * Math.exp(LOG_SIGMA * random.nextGaussian() - LOG_SIGMA * LOG_SIGMA / 2);
            case UNIFORM -> floor + random.nextDouble() * 2 * (mean - floor);
        };
        return (long) Math.max(floor, value);
    }
}
