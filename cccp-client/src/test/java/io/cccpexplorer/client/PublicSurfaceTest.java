package io.cccpexplorer.client;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public surface is decided, not accumulated: no public or protected signature of the API packages names a
 * type of {@code io.cccpexplorer.client.internal} or of {@code cccp-protocol} (an embedder must never need
 * either), and the internal package exposes only the three classes the API packages need to reach it.
 */
class PublicSurfaceTest {

    /** The API: what the jar's {@code Automatic-Module-Name} module is for (see the README). */
    static final List<String> API_PACKAGES = List.of("io.cccpexplorer.client", "io.cccpexplorer.client.model");

    @Test
    void noPublicSignatureNamesAnInternalOrProtocolType() throws Exception {
        Set<String> leaks = new TreeSet<>();
        for (Class<?> type : publicTypes(API_PACKAGES)) {
            for (Type t : signatureTypes(type)) {
                collect(t, new ArrayList<>()).stream()
                        .filter(PublicSurfaceTest::isHidden)
                        .forEach(hidden -> leaks.add(type.getName() + " names " + hidden.getName()));
            }
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    void theInternalPackageExposesOnlyWhatTheApiNeeds() throws Exception {
        assertThat(publicTypes(List.of("io.cccpexplorer.client.internal"))).extracting(Class::getSimpleName)
                .containsExactlyInAnyOrder("ClientResources", "ConnectionCore", "SerialExecutor");
        assertThat(Stream.of(Class.forName("io.cccpexplorer.client.internal.ConnectionCore")
                .getDeclaredConstructors()).filter(c -> Modifier.isPublic(c.getModifiers()))).isEmpty();
    }

    @Test
    void theCheckFindsALeak() {
        // the detector itself: a signature naming a protocol type is seen through generics and arrays
        record Leaky(List<io.cccpexplorer.protocol.wire.CccpDate>[] dates) { }
        List<Class<?>> named = new ArrayList<>();
        for (Type t : signatureTypes(Leaky.class)) {
            collect(t, named);
        }
        assertThat(named).anyMatch(PublicSurfaceTest::isHidden);
    }

    private static boolean isHidden(Class<?> c) {
        String name = c.getName();
        return name.startsWith("io.cccpexplorer.protocol.") || name.startsWith("io.cccpexplorer.client.internal.");
    }

    /** Every public class of the packages, nested ones included, read from the compiled classes. */
    static List<Class<?>> publicTypes(List<String> packages) throws IOException, URISyntaxException,
            ClassNotFoundException {
        Path root = Path.of(CccpClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> out = new ArrayList<>();
        for (String pkg : packages) {
            try (Stream<Path> files = Files.list(root.resolve(pkg.replace('.', '/')))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                    String simple = file.getFileName().toString().replace(".class", "");
                    Class<?> c = Class.forName(pkg + "." + simple, false, PublicSurfaceTest.class.getClassLoader());
                    if (isVisible(c)) {
                        out.add(c);
                    }
                }
            }
        }
        return out;
    }

    private static boolean isVisible(Class<?> c) {
        for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
            if (!Modifier.isPublic(k.getModifiers()) || k.isAnonymousClass() || k.isLocalClass()) {
                return false;
            }
        }
        return true;
    }

    private static List<Type> signatureTypes(Class<?> type) {
        List<Type> out = new ArrayList<>();
        if (type.getGenericSuperclass() != null) {
            out.add(type.getGenericSuperclass());
        }
        out.addAll(List.of(type.getGenericInterfaces()));
        for (Field f : type.getDeclaredFields()) {
            if (exposed(f.getModifiers())) {
                out.add(f.getGenericType());
            }
        }
        if (type.isRecord()) {
            for (RecordComponent rc : type.getRecordComponents()) {
                out.add(rc.getGenericType());
            }
        }
        List<Executable> members = new ArrayList<>(List.of(type.getDeclaredMethods()));
        for (Constructor<?> c : type.getDeclaredConstructors()) {
            members.add(c);
        }
        for (Executable m : members) {
            if (!exposed(m.getModifiers()) || m.isSynthetic()) {
                continue;
            }
            if (m instanceof Method method) {
                out.add(method.getGenericReturnType());
            }
            out.addAll(List.of(m.getGenericParameterTypes()));
            out.addAll(List.of(m.getGenericExceptionTypes()));
        }
        return out;
    }

    private static boolean exposed(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static final ThreadLocal<Set<TypeVariable<?>>> VISITING = ThreadLocal.withInitial(java.util.HashSet::new);

    private static List<Class<?>> collect(Type t, List<Class<?>> into) {
        if (t instanceof Class<?> c) {
            into.add(c.isArray() ? c.getComponentType() : c);
        } else if (t instanceof ParameterizedType p) {
            collect(p.getRawType(), into);
            for (Type a : p.getActualTypeArguments()) {
                collect(a, into);
            }
        } else if (t instanceof GenericArrayType g) {
            collect(g.getGenericComponentType(), into);
        } else if (t instanceof WildcardType w) {
            for (Type b : w.getUpperBounds()) {
                collect(b, into);
            }
            for (Type b : w.getLowerBounds()) {
                collect(b, into);
            }
        } else if (t instanceof TypeVariable<?> v && !VISITING.get().contains(v)) {
            // a bound may name the variable again (T extends Comparable<T>)
            VISITING.get().add(v);
            try {
                for (Type b : v.getBounds()) {
                    collect(b, into);
                }
            } finally {
                VISITING.get().remove(v);
            }
        }
        return into;
    }
}
