package io.cccpexplorer.protocol.objects;

/**
 * Class ids of namespace {@code com.consistent.protocol} that the explorer messages carry (wire spec Appendix A.1).
 */
public final class ProtocolClasses {

    public static final int OBJECT_FORMAT_FIELD = 0x83000001;
    public static final int OBJECT_FORMAT = 0x83000002;
    public static final int HEADER = 0x83000003;
    public static final int CHILDREN_NODE = 0x83000004;
    public static final int CHILDREN = 0x83000005;
    public static final int LIST_ITEM = 0x83000006;
    public static final int LIST = 0x83000007;
    public static final int OBJECT = 0x83000008;
    public static final int OBJECT_VALUE = 0x83000009;
    public static final int OBJECT_VALUE_UINT_32 = 0x8300000A;
    public static final int OBJECT_VALUE_STRING = 0x8300000B;
    public static final int OBJECT_VALUE_DATE = 0x8300000C;
    public static final int NAMED_OBJECT = 0x8300000D;
    public static final int NAMED_OBJECT_VALUE = 0x8300000E;
    public static final int NAMED_VALUE_BOOLEAN = 0x8300000F;
    public static final int NAMED_VALUE_UINT_32 = 0x83000010;
    public static final int NAMED_VALUE_INT_32 = 0x83000011;
    public static final int NAMED_VALUE_NUMBER = 0x83000012;
    public static final int NAMED_VALUE_STRING = 0x83000013;
    public static final int NAMED_VALUE_DATE = 0x83000014;
    public static final int OBJECT_VALUE_REAL = 0x83000015;
    public static final int OBJECT_VALUE_INT_32 = 0x83000018;
    public static final int OBJECT_VALUE_BOOLEAN = 0x83000019;
    public static final int OBJECT_VALUE_UINT_64 = 0x8300001A;
    public static final int INTERFACE_OBJECT = 0x83000037;

    /** Field id of {@code value} in every {@code *_value_*} subclass, and of {@code values} in named objects. */
    public static final int VALUE_FIELD = 1000;

    private ProtocolClasses() {
    }
}
