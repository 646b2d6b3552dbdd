package io.cccpexplorer.simulator.db;

/**
 * One field of a database class.
 *
 * @param id        the u16 field id on the wire
 * @param name      the name object formats and filters use
 * @param kind      the value type
 * @param itemClass the class of list items or reference targets; {@code null} for scalars
 * @param slot      the index of the value in its object's value array
 */
public record FieldDef(int id, String name, FieldKind kind, String itemClass, int slot) {
}
