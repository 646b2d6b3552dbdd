package io.cccpexplorer.protocol.wire;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link CReal} prints reals exactly like C's {@code printf}: the expected strings were produced by glibc for 466
 * doubles (fixed cases, random bit patterns over the whole exponent range, values around the notation switch and
 * exact ties), see {@code c-printf-g-vectors.txt}.
 */
class CRealTest {

    record Vector(String hexInput, String g, String g15) {
        double value() {
            return Double.parseDouble(hexInput);
        }

        @Override
        public String toString() {
            return hexInput + " -> " + g + " / " + g15;
        }
    }

    static List<Vector> cPrintfVectors() throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                CRealTest.class.getResourceAsStream("c-printf-g-vectors.txt")), StandardCharsets.US_ASCII))) {
            return in.lines()
                    .filter(l -> !l.startsWith("#") && !l.isBlank())
                    .map(l -> l.split(" "))
                    .map(p -> new Vector(p[0], p[1], p[2]))
                    .toList();
        }
    }

    @Test
    void theVectorFileIsComplete() throws IOException {
        assertThat(cPrintfVectors()).hasSize(466);
    }

    @ParameterizedTest
    @MethodSource("cPrintfVectors")
    void formatsLikeCPercentG(Vector v) {
        assertThat(CReal.format(v.value(), CReal.METHOD_PRECISION)).isEqualTo(v.g());
    }

    @ParameterizedTest
    @MethodSource("cPrintfVectors")
    void formatsLikeCPercentPoint15G(Vector v) {
        assertThat(CReal.format(v.value(), CReal.OBJECT_PRECISION)).isEqualTo(v.g15());
    }

    /** What C prints is what strtod reads back: %.15g keeps the value to 15 digits, %g to 6. */
    @ParameterizedTest
    @MethodSource("cPrintfVectors")
    void readsBackWhatCPrintsToFifteenDigits(Vector v) {
        double read = CReal.parse(v.g15());
        if (Math.abs(v.value()) > 1.79769313486231e308) {
            // rounding DBL_MAX up to 15 digits overflows: strtod says inf, and so do we
            assertThat(read).isInfinite();
            return;
        }
        assertThat(Math.abs(read - v.value())).isLessThanOrEqualTo(Math.abs(v.value()) * 1e-14 + Double.MIN_VALUE);
    }

    @ParameterizedTest
    @CsvSource({"inf, Infinity", "-inf, -Infinity", "INF, Infinity", "nan, NaN", "-nan, NaN", " 2.5 , 2.5",
            "1e+06, 1000000", "1.23457e+06, 1234570"})
    void parsesCSpellings(String text, double expected) {
        assertThat(Double.compare(CReal.parse(text), expected)).isZero();   // compare: NaN equals NaN
    }

    @Test
    void rejectsTextThatIsNotANumber() {
        assertThatThrownBy(() -> CReal.parse("12abc"))
                .hasMessage("real text: \"12abc\" (expected: a decimal number)");
    }

    @Test
    void formatsSpecialValuesLikeC() {
        assertThat(CReal.format(Double.POSITIVE_INFINITY, 6)).isEqualTo("inf");
        assertThat(CReal.format(Double.NEGATIVE_INFINITY, 6)).isEqualTo("-inf");
        assertThat(CReal.format(Double.NaN, 6)).isEqualTo("nan");
        assertThat(CReal.format(-0.0, 6)).isEqualTo("-0");
    }
}
