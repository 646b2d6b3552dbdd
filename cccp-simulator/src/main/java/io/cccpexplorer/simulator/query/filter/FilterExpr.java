package io.cccpexplorer.simulator.query.filter;

import java.util.List;

/** The syntax tree of a filter expression (see {@link Filter} for the grammar). */
sealed interface FilterExpr {

    /** {@code left or right} / {@code left and right}. */
    record Logical(boolean and, FilterExpr left, FilterExpr right) implements FilterExpr {
    }

    /** {@code left op right} with op one of eq ne lt le gt ge. */
    record Comparison(String op, FilterExpr left, FilterExpr right) implements FilterExpr {
    }

    /** {@code left op right} with op one of + - * div idiv mod. */
    record Arithmetic(String op, FilterExpr left, FilterExpr right) implements FilterExpr {
    }

    /** {@code -operand}. */
    record Negation(FilterExpr operand) implements FilterExpr {
    }

    /** {@code not(operand)}. */
    record Not(FilterExpr operand) implements FilterExpr {
    }

    /** A number literal. */
    record NumberLiteral(double value) implements FilterExpr {
    }

    /** A quoted string literal. */
    record StringLiteral(String value) implements FilterExpr {
    }

    /** {@code true()} / {@code false()}. */
    record BooleanLiteral(boolean value) implements FilterExpr {
    }

    /** A path of steps separated by {@code /}, relative to the candidate object. */
    record Path(List<String> steps) implements FilterExpr {
        public Path {
            steps = List.copyOf(steps);
        }
    }
}
