package io.cccpexplorer.protocol.blob;

import io.cccpexplorer.protocol.CccpCodecException;
import io.cccpexplorer.protocol.wire.CReal;
import io.cccpexplorer.protocol.wire.CccpDate;
import io.cccpexplorer.protocol.wire.Latin1;
import io.cccpexplorer.protocol.wire.Primitives;
import io.netty.buffer.ByteBuf;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * Writes one object blob the way the vendor's C++ serializer does (wire spec §3): the body numbers each
 * namespace on first use; the header announces the paths queued since the last blob (implicit numbering) and
 * ends with {@code u32(0)}, followed by the mode byte 0. The exact mirror of {@link BlobReader}.
 */
public final class BlobWriter {

    private final ByteBuf out;
    private final NamespaceTable namespaces;
    private int depth;

    private BlobWriter(ByteBuf out, NamespaceTable namespaces) {
        this.out = out;
        this.namespaces = namespaces;
    }

    /**
     * Writes {@code value} as one blob with {@code objectWriter}, which must write exactly one object. A {@code null}
     * value is the NULL object: an empty header and nothing else.
     *
     * @param <T> what the object is
     * @param out where the blob goes
     * @param namespaces the outbound namespace table of the connection; new namespaces are numbered and announced
     * @param value the object, or {@code null}
     * @param objectWriter writes the object
     * @throws io.cccpexplorer.protocol.CccpCodecException if a value cannot be carried
     */
    public static <T> void writeBlob(ByteBuf out, NamespaceTable namespaces, T value,
                                     BiConsumer<BlobWriter, T> objectWriter) {
        if (value == null) {
            out.writeIntLE(0);
            return;
        }
        // Write the header every blob has once its namespaces are known, then the body in place. Only a blob that
        // numbers a new namespace (the first ones of a connection) has to move its body behind a longer header.
        int start = out.writerIndex();
        out.writeIntLE(0);
        out.writeByte(0);
        int bodyStart = out.writerIndex();
        try {
            BlobWriter w = new BlobWriter(out, namespaces);
            objectWriter.accept(w, value);
            if (w.depth != 0) {
                throw new IllegalStateException("object writer left " + w.depth + " object(s) open");
            }
        } catch (RuntimeException e) {
            out.writerIndex(start);
            throw e;
        }
        List<String> announced = namespaces.drainAnnouncements();
        if (!announced.isEmpty()) {
            byte[] body = new byte[out.writerIndex() - bodyStart];
            out.getBytes(bodyStart, body);
            out.writerIndex(start);
            for (String path : announced) {
                writeString(out, path, "namespace path");
            }
            out.writeIntLE(0);
            out.writeByte(0);
            out.writeBytes(body);
        }
    }

    /**
     * Writes a generic object as one blob.
     *
     * @param out where the blob goes
     * @param namespaces the outbound namespace table of the connection
     * @param object the object, or {@code null} for the NULL object
     */
    public static void writeGeneric(ByteBuf out, NamespaceTable namespaces, CdepObject object) {
        writeBlob(out, namespaces, object, BlobWriter::object);
    }

    /**
     * Starts an object (the blob's root, a list element or a direct reference's target).
     *
     * @param namespace the class's namespace path; numbered by the connection's table
     * @param classId the class id
     * @param objectId the object's id; 0 for an unreferenced object
     * @return this writer
     */
    public BlobWriter beginObject(String namespace, int classId, int objectId) {
        depth++;
        out.writeIntLE(namespaces.numberFor(namespace));
        out.writeIntLE(classId);
        out.writeIntLE(objectId);
        return this;
    }

    /**
     * Ends the current object with its end marker {@code u16(0)}.
     *
     * @return this writer
     */
    public BlobWriter endObject() {
        if (depth == 0) {
            throw new IllegalStateException("no object open");
        }
        depth--;
        out.writeShortLE(0);
        return this;
    }

    /**
     * Writes a {@code uint_32} field.
     *
     * @param fieldId the field's id in its class
     * @param value its 32 bits
     * @return this writer
     */
    public BlobWriter u32(int fieldId, int value) {
        header(fieldId, FieldType.UINT_32).writeIntLE(value);
        return this;
    }

    /**
     * Writes an {@code int_32} field.
     *
     * @param fieldId the field's id in its class
     * @param value the value
     * @return this writer
     */
    public BlobWriter i32(int fieldId, int value) {
        header(fieldId, FieldType.INT_32).writeIntLE(value);
        return this;
    }

    /**
     * Writes a {@code uint_64} field.
     *
     * @param fieldId the field's id in its class
     * @param value its 64 bits
     * @return this writer
     */
    public BlobWriter u64(int fieldId, long value) {
        header(fieldId, FieldType.UINT_64).writeLongLE(value);
        return this;
    }

    /**
     * Writes a {@code boolean} field.
     *
     * @param fieldId the field's id in its class
     * @param value the value
     * @return this writer
     */
    public BlobWriter bool(int fieldId, boolean value) {
        header(fieldId, FieldType.BOOLEAN).writeByte(value ? 1 : 0);
        return this;
    }

    /**
     * Writes a {@code real} field as C's {@code %.15g} text.
     *
     * @param fieldId the field's id in its class
     * @param value the value
     * @return this writer
     */
    public BlobWriter real(int fieldId, double value) {
        writeObjectReal(header(fieldId, FieldType.REAL), value);
        return this;
    }

    /**
     * Writes a {@code string} field; {@code null} is written as the NULL string {@code FF FF FF FF}.
     *
     * @param fieldId the field's id in its class
     * @param value the string, Latin-1 only, or {@code null}
     * @return this writer
     * @throws io.cccpexplorer.protocol.CccpCodecException if a char is outside Latin-1
     */
    public BlobWriter str(int fieldId, String value) {
        int length = value == null ? 0 : Latin1.length(value, fieldId);
        header(fieldId, FieldType.STRING);
        writeString(out, value, length);
        return this;
    }

    /**
     * Writes a {@code date} field.
     *
     * @param fieldId the field's id in its class
     * @param value the date
     * @return this writer
     */
    public BlobWriter date(int fieldId, CccpDate value) {
        Primitives.writeDate(header(fieldId, FieldType.DATE), value);
        return this;
    }

    /**
     * Starts a list field; write its elements with {@link #beginObject}/{@link #endObject}, then {@link #endList}.
     *
     * @param fieldId the field's id in its class
     * @return this writer
     */
    public BlobWriter beginList(int fieldId) {
        header(fieldId, FieldType.LIST);
        return this;
    }

    /**
     * Ends the current list field.
     *
     * @return this writer
     */
    public BlobWriter endList() {
        out.writeIntLE(0);
        return this;
    }

    /**
     * A list field written from {@code items} with {@code elementWriter}, which writes one whole object.
     *
     * @param <T> what an element is
     * @param fieldId the field's id in its class
     * @param items the elements, in order
     * @param elementWriter writes one element, {@code beginObject} to {@code endObject}
     * @return this writer
     */
    public <T> BlobWriter list(int fieldId, List<T> items, BiConsumer<BlobWriter, T> elementWriter) {
        beginList(fieldId);
        for (T item : items) {
            int at = depth;
            elementWriter.accept(this, item);
            if (depth != at) {
                throw new IllegalStateException("element writer left its object open");
            }
        }
        return endList();
    }

    /**
     * Writes a generic object: header, every field in order, end marker.
     *
     * @param object the object
     * @return this writer
     */
    public BlobWriter object(CdepObject object) {
        beginObject(object.namespace(), object.classId(), object.objectId());
        for (CdepField f : object.fields()) {
            value(f.id(), f.value());
        }
        return endObject();
    }

    /**
     * Writes one field in generic form.
     *
     * @param fieldId the field's id in its class
     * @param value the value; its type gives the wire code
     * @return this writer
     */
    public BlobWriter value(int fieldId, FieldValue value) {
        if (value instanceof FieldValue.ListOf l) {
            return list(fieldId, l.items(), BlobWriter::object);
        }
        if (value instanceof FieldValue.DirectRef r) {
            header(fieldId, FieldType.DIRECT_REFERENCE);
            if (r.target() == null) {
                out.writeIntLE(0);
                return this;
            }
            return object(r.target());
        }
        header(fieldId, value.type());
        if (value instanceof FieldValue.Inherited i) {
            out.writeByte(i.local() == null ? 0 : 1);
            if (i.local() != null) {
                scalarValue(fieldId, i.local());
            }
            return this;
        }
        scalarValue(fieldId, value);
        return this;
    }

    private void scalarValue(int fieldId, FieldValue value) {
        switch (value.type()) {
            case UINT_32 -> out.writeIntLE(((FieldValue.U32) value).value());
            case INT_32 -> out.writeIntLE(((FieldValue.I32) value).value());
            case REAL -> writeObjectReal(out, ((FieldValue.Real) value).value());
            case BOOLEAN -> out.writeByte(((FieldValue.Bool) value).value() ? 1 : 0);
            case STRING -> writeFieldString(out, ((FieldValue.Str) value).value(), fieldId);
            case DATE -> Primitives.writeDate(out, ((FieldValue.Date) value).value());
            case BINARY -> {
                FieldValue.Binary b = (FieldValue.Binary) value;
                out.writeIntLE(b.length());
                out.writeBytes(b.value());
            }
            case UINT_64 -> out.writeLongLE(((FieldValue.U64) value).value());
            case ECMA_EXPRESSION -> writeFieldString(out, ((FieldValue.EcmaExpression) value).value(), fieldId);
            case ECMA_INSTRUCTION -> writeFieldString(out, ((FieldValue.EcmaInstruction) value).value(), fieldId);
            case INTERNAL_REFERENCE -> out.writeIntLE(((FieldValue.InternalRef) value).objectId());
            case EXTERNAL_REFERENCE -> {
                FieldValue.ExternalRef r = (FieldValue.ExternalRef) value;
                writeFieldString(out, r.reference(), fieldId);
                out.writeIntLE(r.index());
            }
            default -> throw new CccpCodecException("field " + fieldId + ": " + value.type() + " is not a scalar");
        }
    }

    private ByteBuf header(int fieldId, FieldType type) {
        if (depth == 0) {
            throw new IllegalStateException("field " + fieldId + " written outside an object");
        }
        if (fieldId <= 0 || fieldId >= 0xFFFF) {
            throw CccpCodecException.bad("field id", fieldId, "1..65534");
        }
        out.writeShortLE(fieldId);
        out.writeShortLE(type.code());
        return out;
    }

    /** A string value of field {@code fieldId}; the error label is only built when the check fails. */
    /** Object-level reals: C's {@code %.15g}. */
    private static void writeObjectReal(ByteBuf out, double value) {
        Primitives.writeReal(out, value, CReal.OBJECT_PRECISION);
    }

    private static void writeFieldString(ByteBuf out, String value, int fieldId) {
        writeString(out, value, value == null ? 0 : Latin1.length(value, fieldId));
    }

    private static void writeString(ByteBuf out, String value, String what) {
        writeString(out, value, value == null ? 0 : Latin1.length(value, what));
    }

    private static void writeString(ByteBuf out, String value, int length) {
        if (value == null) {
            out.writeIntLE(-1);
            return;
        }
        out.writeIntLE(length);
        Latin1.write(out, value);
    }
}
