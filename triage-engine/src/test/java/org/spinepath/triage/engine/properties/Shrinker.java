package org.spinepath.triage.engine.properties;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Shrinks a failing record to a smaller one that still fails: sets components to null, shrinks nested
 * records and drops list elements, until no single step keeps the failure.
 */
public final class Shrinker {

    private Shrinker() {
    }

    public static <T extends Record> T shrink(T failing, Predicate<T> stillFails) {
        T current = failing;
        boolean progress = true;
        int rounds = 0;
        while (progress && rounds++ < 200) {
            progress = false;
            for (T candidate : candidates(current)) {
                if (stillFails.test(candidate)) {
                    current = candidate;
                    progress = true;
                    break;
                }
            }
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    static <T extends Record> List<T> candidates(T value) {
        List<T> result = new ArrayList<>();
        RecordComponent[] components = value.getClass().getRecordComponents();
        Object[] values = values(value);
        for (int i = 0; i < components.length; i++) {
            Object component = values[i];
            if (component == null) {
                continue;
            }
            result.add(with(value, i, null));
            if (component instanceof Record nested) {
                for (Record smaller : candidates(nested)) {
                    result.add(with(value, i, smaller));
                }
            }
            if (component instanceof List<?> list) {
                for (int j = 0; j < list.size(); j++) {
                    List<Object> fewer = new ArrayList<>(list);
                    fewer.remove(j);
                    result.add(with(value, i, fewer));
                    if (list.get(j) instanceof Record element) {
                        for (Record smaller : candidates(element)) {
                            List<Object> replaced = new ArrayList<>(list);
                            replaced.set(j, smaller);
                            result.add(with(value, i, replaced));
                        }
                    }
                }
            }
        }
        return result;
    }

    static Object[] values(Record value) {
        RecordComponent[] components = value.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                values[i] = components[i].getAccessor().invoke(value);
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return values;
    }

    @SuppressWarnings("unchecked")
    static <T extends Record> T with(T value, int index, Object replacement) {
        RecordComponent[] components = value.getClass().getRecordComponents();
        Object[] values = values(value);
        values[index] = replacement;
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        try {
            Constructor<?> constructor = value.getClass().getDeclaredConstructor(types);
            return (T) constructor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A copy of the record with the component at {@code path} (dot-separated, creating empty sections) set. */
    @SuppressWarnings("unchecked")
    public static <T extends Record> T set(T value, String path, Object replacement) {
        int dot = path.indexOf('.');
        String head = dot < 0 ? path : path.substring(0, dot);
        RecordComponent[] components = value.getClass().getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            if (components[i].getName().equals(head)) {
                if (dot < 0) {
                    return with(value, i, replacement);
                }
                Record nested = (Record) values(value)[i];
                if (nested == null) {
                    nested = empty((Class<? extends Record>) components[i].getType());
                }
                return with(value, i, set(nested, path.substring(dot + 1), replacement));
            }
        }
        throw new IllegalArgumentException(value.getClass().getSimpleName() + " has no " + head);
    }

    /** The value at {@code path}, null when it or a section on the way is unknown. */
    public static Object get(Record value, String path) {
        Object current = value;
        for (String name : path.split("\\.")) {
            if (current == null) {
                return null;
            }
            RecordComponent[] components = current.getClass().getRecordComponents();
            Object next = null;
            for (int i = 0; i < components.length; i++) {
                if (components[i].getName().equals(name)) {
                    next = values((Record) current)[i];
                }
            }
            current = next;
        }
        return current;
    }

    static Record empty(Class<? extends Record> type) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        try {
            return type.getDeclaredConstructor(types).newInstance(new Object[components.length]);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
