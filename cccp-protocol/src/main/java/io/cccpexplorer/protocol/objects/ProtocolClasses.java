package io.cccpexplorer.protocol.objects;

/**
 * Class ids of namespace {@code com.consistent.protocol} that the explorer messages carry (wire spec Appendix A.1).
 */
public final class ProtocolClasses {

    /**
     * Class id of {@code consistent_protocol_object_format_field}, one node of an object format: a field name, an
     * optional query and child nodes.
     */
    public static final int OBJECT_FORMAT_FIELD = 0x83000001;
    /**
     * Class id of {@code consistent_protocol_object_format}, tree of wanted fields registered by set_object_format,
     * keyed by format_id.
     */
    public static final int OBJECT_FORMAT = 0x83000002;
    /** Class id of {@code consistent_protocol_header}, header of a configuration-tree node. */
    public static final int HEADER = 0x83000003;
    /** Class id of {@code consistent_protocol_children_node}, one child entry of a configuration-tree node. */
    public static final int CHILDREN_NODE = 0x83000004;
    /** Class id of {@code consistent_protocol_children}, children of a configuration-tree node. */
    public static final int CHILDREN = 0x83000005;
    /**
     * Class id of {@code consistent_protocol_list_item}, one change of a list query: action, object id, rank and
     * optional path.
     */
    public static final int LIST_ITEM = 0x83000006;
    /** Class id of {@code consistent_protocol_list}, payload of list_response: a list of list items. */
    public static final int LIST = 0x83000007;
    /** Class id of {@code consistent_protocol_object}, payload of object_response: the values of the format leaves. */
    public static final int OBJECT = 0x83000008;
    /**
     * Class id of {@code consistent_protocol_object_value}, base of a leaf value, keyed by the client-chosen
     * field_index.
     */
    public static final int OBJECT_VALUE = 0x83000009;
    /** Class id of {@code consistent_protocol_object_value_uint_32}. */
    public static final int OBJECT_VALUE_UINT_32 = 0x8300000A;
    /** Class id of {@code consistent_protocol_object_value_string}. */
    public static final int OBJECT_VALUE_STRING = 0x8300000B;
    /** Class id of {@code consistent_protocol_object_value_date}. */
    public static final int OBJECT_VALUE_DATE = 0x8300000C;
    /**
     * Class id of {@code consistent_protocol_named_object}, a tree of named values (event payloads, task attributes).
     */
    public static final int NAMED_OBJECT = 0x8300000D;
    /** Class id of {@code consistent_protocol_named_object_value}, base of a named value inside a named object. */
    public static final int NAMED_OBJECT_VALUE = 0x8300000E;
    /** Class id of {@code consistent_protocol_named_object_value_boolean}. */
    public static final int NAMED_VALUE_BOOLEAN = 0x8300000F;
    /** Class id of {@code consistent_protocol_named_object_value_uint_32}. */
    public static final int NAMED_VALUE_UINT_32 = 0x83000010;
    /** Class id of {@code consistent_protocol_named_object_value_int_32}. */
    public static final int NAMED_VALUE_INT_32 = 0x83000011;
    /** Class id of {@code consistent_protocol_named_object_value_number}. */
    public static final int NAMED_VALUE_NUMBER = 0x83000012;
    /** Class id of {@code consistent_protocol_named_object_value_string}. */
    public static final int NAMED_VALUE_STRING = 0x83000013;
    /** Class id of {@code consistent_protocol_named_object_value_date}. */
    public static final int NAMED_VALUE_DATE = 0x83000014;
    /** Class id of {@code consistent_protocol_object_value_real}. */
    public static final int OBJECT_VALUE_REAL = 0x83000015;
    /** Class id of {@code consistent_protocol_object_value_int_32}. */
    public static final int OBJECT_VALUE_INT_32 = 0x83000018;
    /** Class id of {@code consistent_protocol_object_value_boolean}. */
    public static final int OBJECT_VALUE_BOOLEAN = 0x83000019;
    /** Class id of {@code consistent_protocol_object_value_uint_64}. */
    public static final int OBJECT_VALUE_UINT_64 = 0x8300001A;
    /** Class id of {@code consistent_protocol_interface_object}, a named object tagged with an interface type. */
    public static final int INTERFACE_OBJECT = 0x83000037;

    /** Field id of {@code value} in every {@code *_value_*} subclass, and of {@code values} in named objects. */
    public static final int VALUE_FIELD = 1000;

    private ProtocolClasses() {
    }
}
