package io.cccpexplorer.protocol.blob;

import io.cccpexplorer.protocol.CccpCodecException;
import io.cccpexplorer.protocol.wire.CReal;
import io.cccpexplorer.protocol.wire.CccpDate;
import io.cccpexplorer.protocol.wire.Latin1Reader;
import io.netty.buffer.ByteBuf;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * A pull reader over one object blob (wire spec §3.1). Typed views walk it field by field without building a
 * generic tree; {@link #readObject()} builds the generic {@link CdepObject} for everything else.
 *
 * <pre>
 * blob   := { str path }* u32(0) u8(mode=0) object          -- or "1" { str path u32 number }* u32(0) ...
 * object := u32 ns  u32 class_id  u32 object_id  { u16 field_id  u16 type  value }*  u16(0)
 * </pre>
 *
 * Every length is checked against the bytes left in the blob before anything is allocated, and nesting is
 * bounded by {@link #MAX_DEPTH}.
 *
 * <p>One instance can read blob after blob ({@link #read}): a connection's decoder keeps one, so that a blob
 * allocates only what it decodes (strings, values, lists). Lists are collected on a stack of elements shared by
 * nested lists and copied once, at their exact size, into a {@link DecodedList}. Not thread-safe.
 */
public final class BlobReader {

    /** Returned by {@link #nextField()} at the end marker of the current object. */
    public static final int END = -1;
    /** Objects nest (lists, direct references) at most this deep. */
    public static final int MAX_DEPTH = 64;

    private static final int EXTRA_FIELDS_MARKER = 0xFFFF;
    /** A header whose first path is "1" gives each following path its number explicitly. */
    private static final String EXPLICIT_NUMBERING = "1";
    private static final Object[] NO_ELEMENTS = {};
    private static final int NO_FIELD = 0;
    /** A longer element stack (a huge snapshot) is dropped after its blob rather than kept for the connection. */
    private static final int MAX_KEPT_ELEMENTS = 1024;

    private final NamespaceTable namespaces;
    private final Latin1Reader latin1 = new Latin1Reader();
    private ByteBuf buf;
    private int limit;
    private boolean reading;
    /** Elements of the lists being read, innermost list on top; below {@code elementCount} only. */
    private Object[] elements = NO_ELEMENTS;
    private int elementCount;
    private int depth;
    // per-object and per-field state is kept as ints: this reader lives as long as its connection, and storing a
    // reference into a long-lived object costs a GC write barrier each time (G1: a fence), dozens per frame
    private int namespaceNumber;
    private int classId;
    private int objectId;
    /** Wire code of the current field's type; {@link #NO_FIELD} between fields. */
    private int fieldCode;
    private int fieldId;

    /**
     * A reader for blob after blob of one direction of a connection.
     *
     * @param namespaces the inbound table of that direction; blob headers update it
     */
    public BlobReader(NamespaceTable namespaces) {
        this.namespaces = namespaces;
    }

    /**
     * Reads a whole blob, every readable byte of {@code blob}: the namespace header (updating {@code namespaces}), the
     * mode byte and one object, which {@code objectReader} reads starting right after the object's header. The object
     * must end exactly at the end of the blob.
     *
     * @param <T> what the object becomes
     * @param blob the blob's bytes
     * @param namespaces the inbound namespace table of the connection
     * @param objectReader reads the root object's fields
     * @return the object, or {@code null} for a NULL object
     * @throws io.cccpexplorer.protocol.CccpCodecException if the blob breaks the wire format
     */
    public static <T> T readBlob(ByteBuf blob, NamespaceTable namespaces, Function<BlobReader, T> objectReader) {
        return readBlob(blob, blob.readableBytes(), namespaces, objectReader);
    }

    /**
     * Reads the blob made of the next {@code length} bytes of {@code buf}, in place: no slice is made, {@code buf}'s
     * reader index ends right after the blob.
     *
     * @param <T> what the object becomes
     * @param buf holds at least {@code length} readable bytes
     * @param length the blob's length
     * @param namespaces the inbound namespace table of the connection
     * @param objectReader reads the root object's fields
     * @return the object, or {@code null} for a NULL object
     * @throws io.cccpexplorer.protocol.CccpCodecException if the blob breaks the wire format
     */
    public static <T> T readBlob(ByteBuf buf, int length, NamespaceTable namespaces,
                                 Function<BlobReader, T> objectReader) {
        return new BlobReader(namespaces).read(buf, length, objectReader);
    }

    /**
     * Like {@link #readBlob(ByteBuf, int, NamespaceTable, Function)}, with this reader and its table: the blob made of
     * the next {@code length} bytes of {@code buf}, read in place. One blob at a time.
     *
     * @param <T> what the object becomes
     * @param buf holds at least {@code length} readable bytes
     * @param length the blob's length
     * @param objectReader reads the root object's fields
     * @return the object, or {@code null} for a NULL object
     * @throws io.cccpexplorer.protocol.CccpCodecException if the blob breaks the wire format
     */
    public <T> T read(ByteBuf buf, int length, Function<BlobReader, T> objectReader) {
        if (reading) {
            throw new IllegalStateException("this reader is already reading a blob");
        }
        if (length < 0 || length > buf.readableBytes()) {
            throw new IllegalArgumentException("length: " + length + " (expected: 0.." + buf.readableBytes() + ")");
        }
        reading = true;
        this.buf = buf;
        this.limit = buf.readerIndex() + length;
        this.depth = 0;
        this.fieldCode = NO_FIELD;
        try {
            if (!readHeader()) {
                return null;
            }
            enter();
            T value = objectReader.apply(this);
            if (depth != 0) {
                throw new CccpCodecException("object reader stopped before the end of its object");
            }
            if (left() != 0) {
                throw CccpCodecException.bad("bytes after the object", left(), "0");
            }
            return value;
        } finally {
            reading = false;
            this.buf = null;
            if (elements.length > MAX_KEPT_ELEMENTS) {
                elements = NO_ELEMENTS;
            }
        }
    }

    /** Bytes of the blob not read yet. */
    private int left() {
        return limit - buf.readerIndex();
    }

    /**
     * Reads a whole blob in its generic form, whatever its classes.
     *
     * @param blob the blob's bytes
     * @param namespaces the inbound namespace table of the connection
     * @return the root object with every field, or {@code null} for a NULL object
     * @throws io.cccpexplorer.protocol.CccpCodecException if the blob breaks the wire format
     */
    public static CdepObject readGeneric(ByteBuf blob, NamespaceTable namespaces) {
        return readBlob(blob, namespaces, BlobReader::readObject);
    }

    private boolean readHeader() {
        if (left() == 0) {
            return false;
        }
        String first = headerPath();
        if (EXPLICIT_NUMBERING.equals(first)) {
            for (String path; !(path = headerPath()).isEmpty(); ) {
                namespaces.announceExplicit(path, u32Raw("namespace number"));
            }
        } else {
            for (String path = first; !path.isEmpty(); path = headerPath()) {
                namespaces.announceImplicit(path);
            }
        }
        if (left() == 0) {
            return false;   // a header and nothing else: the NULL object
        }
        int mode = buf.readUnsignedByte();
        if (mode != 0) {
            throw CccpCodecException.bad("blob mode", mode, "0 (serialization complete)");
        }
        return true;
    }

    /** A header path; a NULL string ends the header like an empty one. */
    private String headerPath() {
        String path = objectString("namespace path");
        return path == null ? "" : path;
    }

    /** Reads an object header (ns, class, id) and enters the object. */
    private void enter() {
        enterWithNamespace(u32Raw("namespace number"));
    }

    private void enterWithNamespace(int ns) {
        if (++depth > MAX_DEPTH) {
            throw CccpCodecException.bad("object nesting depth", depth, "<= " + MAX_DEPTH);
        }
        namespaces.pathOf(ns);   // fails now if the number was never announced
        namespaceNumber = ns;
        classId = u32Raw("class id");
        objectId = u32Raw("object id");
        fieldCode = NO_FIELD;
    }

    /**
     * Namespace path of the object entered last (read it before reading nested objects).
     *
     * @return the path, e.g. {@code com.consistent.ccenter.dispatch_db}
     */
    public String namespace() {
        return namespaces.pathOf(namespaceNumber);
    }

    /**
     * Class id of the object entered last (read it before reading nested objects).
     *
     * @return the class id
     */
    public int classId() {
        return classId;
    }

    /**
     * Object id of the object entered last (read it before reading nested objects).
     *
     * @return the sender's object id; 0 for an unreferenced object
     */
    public int objectId() {
        return objectId;
    }

    /**
     * Advances to the next field of the current object; after the object's end marker the reader is back in the
     * enclosing object.
     *
     * @return the field's id, or {@link #END} after the end marker
     * @throws io.cccpexplorer.protocol.CccpCodecException if the field header breaks the wire format
     */
    public int nextField() {
        if (left() < 2) {
            throw CccpCodecException.bad("bytes left for a field id", left(), ">= 2");
        }
        int id = buf.readUnsignedShortLE();
        if (id == 0) {
            depth--;
            fieldCode = NO_FIELD;
            return END;
        }
        if (id == EXTRA_FIELDS_MARKER) {
            throw new CccpCodecException("inherited extra fields (marker 0xFFFF) are not supported");
        }
        if (left() < 2) {
            throw CccpCodecException.bad("bytes left for the type of field " + id, left(), ">= 2");
        }
        fieldId = id;
        fieldCode = FieldType.ofCode(buf.readUnsignedShortLE(), id).code();
        return id;
    }

    /**
     * Type of the current field.
     *
     * @return the type of the field {@link #nextField()} moved to, or {@code null} between fields
     */
    public FieldType fieldType() {
        return fieldCode == NO_FIELD ? null : FieldType.ofCode(fieldCode, fieldId);
    }

    /**
     * Reads the current field as a {@code uint_32}.
     *
     * @return its 32 bits in an int
     * @throws io.cccpexplorer.protocol.CccpCodecException if the current field has another type
     */
    public int u32() {
        expect(FieldType.UINT_32);
        return u32Raw("uint_32 value");
    }

    /**
     * Reads the current field as an {@code int_32}.
     *
     * @return the value
     * @throws io.cccpexplorer.protocol.CccpCodecException if the current field has another type
     */
    public int i32() {
        expect(FieldType.INT_32);
        return u32Raw("int_32 value");
    }

    /**
     * Reads the current field as a {@code uint_64}.
     *
     * @return its 64 bits in a long
     * @throws io.cccpexplorer.protocol.CccpCodecException if the current field has another type
     */
    public long u64() {
        expect(FieldType.UINT_64);
        return u64Raw();
    }

    /**
     * Reads the current field as a {@code boolean}.
     *
     * @return the value
     * @throws io.cccpexplorer.protocol.CccpCodecException if the current field has another type
     */
    public boolean bool() {
        expect(FieldType.BOOLEAN);
        return boolRaw();
    }

    /**
     * Reads the current field as a {@code real} (C's {@code %.15g} text).
     *
     * @return the value
     * @throws io.cccpexplorer.protocol.CccpCodecException if the current field has another type
     */
    public double real() {
        expect(FieldType.REAL);
        return realRaw();
    }

    /**
     * Reads the current field as a {@code string}.
     *
     * @return the string; {@code null} for the NULL string
     * @throws io.cccpexplorer.protocol.CccpCodecException if the current field has another type
     */
    public String str() {
        expect(FieldType.STRING);
        return objectString("string value");
    }

    /**
     * Reads the current field as a {@code date}.
     *
     * @return the date; {@link CccpDate#NIL} for no date
     * @throws io.cccpexplorer.protocol.CccpCodecException if the current field has another type
     */
    public CccpDate date() {
        expect(FieldType.DATE);
        return dateRaw();
    }

    /**
     * Reads every element of the current list field with {@code elementReader}, which starts right after the element's
     * header and must read its fields until {@link #nextField()} returns {@link #END}.
     *
     * @param <T> what an element becomes
     * @param elementReader reads one element
     * @return the elements, an immutable list
     * @throws io.cccpexplorer.protocol.CccpCodecException if the current field has another type
     */
    public <T> List<T> readList(Function<BlobReader, T> elementReader) {
        if (fieldCode != FieldType.LIST.code()) {
            throw CccpCodecException.bad("field " + fieldId + " type", fieldType(), FieldType.LIST.toString());
        }
        int ns = u32Raw("list element namespace");
        fieldCode = NO_FIELD;
        if (ns == 0) {
            return List.of();   // C++ senders write every empty list: no allocation for them
        }
        int base = elementCount;
        try {
            do {
                enterWithNamespace(ns);
                int at = depth;
                push(elementReader.apply(this));
                if (depth != at - 1) {
                    throw new CccpCodecException("element reader stopped before the end of its object");
                }
            } while ((ns = u32Raw("list element namespace")) != 0);
            fieldCode = NO_FIELD;
            return DecodedList.copyOfRange(elements, base, elementCount);
        } finally {
            Arrays.fill(elements, base, elementCount, null);   // hold no element of a decoded message
            elementCount = base;
        }
    }

    private void push(Object element) {
        if (element == null) {
            throw new NullPointerException("list element reader returned null");
        }
        if (elementCount == elements.length) {
            // bounded by the blob: every element takes at least 14 bytes of it
            elements = Arrays.copyOf(elements, Math.max(16, elementCount * 2));
        }
        elements[elementCount++] = element;
    }

    /**
     * Reads the current field as a direct reference: an object embedded in this one.
     *
     * @param <T> what the referenced object becomes
     * @param reader reads the referenced object's fields
     * @return the referenced object, or {@code null} for a null reference
     * @throws io.cccpexplorer.protocol.CccpCodecException if the current field has another type
     */
    public <T> T directRef(Function<BlobReader, T> reader) {
        expect(FieldType.DIRECT_REFERENCE);
        int ns = u32Raw("direct reference namespace");
        if (ns == 0) {
            fieldCode = NO_FIELD;
            return null;
        }
        enterWithNamespace(ns);
        int at = depth;
        T value = reader.apply(this);
        if (depth != at - 1) {
            throw new CccpCodecException("reference reader stopped before the end of its object");
        }
        return value;
    }

    /** Skips the value of the current field, whatever its type. */
    public void skipValue() {
        value();
    }

    /**
     * Reads the current object's remaining fields in generic form (the header was already read).
     *
     * @return the object with the namespace, class and object id of its header
     */
    public CdepObject readObject() {
        String ns = namespace();
        int cls = classId;
        int id = objectId;
        int base = elementCount;
        try {
            for (int f; (f = nextField()) != END; ) {
                push(new CdepField(f, value()));
            }
            return new CdepObject(ns, cls, id, DecodedList.copyOfRange(elements, base, elementCount));
        } finally {
            Arrays.fill(elements, base, elementCount, null);
            elementCount = base;
        }
    }

    /**
     * Reads the value of the current field in generic form.
     *
     * @return the value, typed by its wire code
     */
    public FieldValue value() {
        FieldType type = fieldType();
        return switch (type) {
            case LIST -> new FieldValue.ListOf(readList(BlobReader::readObject));
            case DIRECT_REFERENCE -> new FieldValue.DirectRef(directRef(BlobReader::readObject));
            default -> {
                FieldValue v = scalar(type);
                fieldCode = NO_FIELD;
                yield v;
            }
        };
    }

    private FieldValue scalar(FieldType type) {
        return switch (type) {
            case UINT_32 -> new FieldValue.U32(u32Raw("uint_32 value"));
            case INT_32 -> new FieldValue.I32(u32Raw("int_32 value"));
            case REAL -> new FieldValue.Real(realRaw());
            case BOOLEAN -> FieldValue.Bool.of(boolRaw());
            case STRING -> new FieldValue.Str(objectString("string value"));
            case DATE -> new FieldValue.Date(dateRaw());
            case BINARY -> new FieldValue.Binary(binaryRaw());
            case UINT_64 -> new FieldValue.U64(u64Raw());
            case ECMA_EXPRESSION -> new FieldValue.EcmaExpression(objectString("ecma expression"));
            case ECMA_INSTRUCTION -> new FieldValue.EcmaInstruction(objectString("ecma instruction"));
            case INTERNAL_REFERENCE -> new FieldValue.InternalRef(u32Raw("internal reference"));
            case EXTERNAL_REFERENCE -> new FieldValue.ExternalRef(objectString("external reference"),
                    u32Raw("external reference index"));
            default -> {
                if (!type.isInherited()) {
                    throw new IllegalStateException("not a scalar type: " + type);
                }
                yield new FieldValue.Inherited(type, boolRaw() ? scalar(type.base()) : null);
            }
        };
    }

    private void expect(FieldType type) {
        if (fieldCode != type.code()) {
            throw CccpCodecException.bad("field " + fieldId + " type", fieldType(), type.toString());
        }
        if (type != FieldType.LIST && type != FieldType.DIRECT_REFERENCE) {
            fieldCode = NO_FIELD;
        }
    }

    private int u32Raw(String what) {
        if (left() < 4) {
            throw CccpCodecException.bad("bytes left for " + what, left(), ">= 4");
        }
        return buf.readIntLE();
    }

    private long u64Raw() {
        if (left() < 8) {
            throw CccpCodecException.bad("bytes left for uint_64 value", left(), ">= 8");
        }
        return buf.readLongLE();
    }

    private boolean boolRaw() {
        if (left() == 0) {
            throw CccpCodecException.bad("bytes left for boolean value", 0, ">= 1");
        }
        return buf.readByte() != 0;
    }

    private double realRaw() {
        if (left() == 0) {
            throw CccpCodecException.bad("bytes left for real length", 0, ">= 1");
        }
        int length = buf.readUnsignedByte();
        if (length == 0) {
            return 0.0;
        }
        if (length > left()) {
            throw CccpCodecException.bad("real length", length, "<= " + left());
        }
        return CReal.parse(latin1.read(buf, length));
    }

    private CccpDate dateRaw() {
        if (left() < 12) {
            throw CccpCodecException.bad("bytes left for date value", left(), ">= 12");
        }
        return CccpDate.of(buf.readUnsignedIntLE(), buf.readUnsignedIntLE(), buf.readIntLE());
    }

    private byte[] binaryRaw() {
        int length = length("binary length");
        byte[] bytes = new byte[length];
        buf.readBytes(bytes);
        return bytes;
    }

    /** An object-level string: u32 length + bytes, {@code FF FF FF FF} = NULL. */
    private String objectString(String what) {
        if (left() < 4) {
            throw CccpCodecException.bad("bytes left for " + what + " length", left(), ">= 4");
        }
        int length = buf.readIntLE();
        if (length == -1) {
            return null;
        }
        if (length < 0 || length > left()) {
            throw CccpCodecException.bad(what + " length", Integer.toUnsignedString(length),
                    "<= " + left() + " bytes left in blob");
        }
        return length == 0 ? "" : latin1.read(buf, length);
    }

    private int length(String what) {
        if (left() < 4) {
            throw CccpCodecException.bad("bytes left for " + what, left(), ">= 4");
        }
        long length = buf.readUnsignedIntLE();
        if (length > left()) {
            throw CccpCodecException.bad(what, length, "<= " + left() + " bytes left in blob");
        }
        return (int) length;
    }
}
