/*
 * Copyright 2026 the kafkaman-billing authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package co.kafkaman.billing.model.catalog;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An unmodifiable map that keeps its source's iteration order and answers {@link #get} for the few
 * keys a catalog has (its plans, add-ons, the frequencies of one price) by a short scan, with no
 * hashing: the keys are compared by reference first (ids made by {@code of} are one object per
 * text, frequencies mostly the named constants), then, for a key made apart, by {@code equals}. A
 * table of more than {@value #SCANNED} keys is looked up through a hash map instead.
 *
 * <p>Equal to any map with the same entries ({@link AbstractMap}). Immutable and thread-safe.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
final class SmallTable<K, V> extends AbstractMap<K, V> {
  /** Up to this many keys a scan of references beats hashing. */
  static final int SCANNED = 8;

  private static final SmallTable<?, ?> EMPTY = new SmallTable<>(new Object[0], new Object[0]);

  private final Object[] keys;
  private final Object[] values;
  // the place of each key, for a table too large to scan; null for a small one
  private final @Nullable Map<Object, Integer> places;

  private SmallTable(Object[] keys, Object[] values) {
    this.keys = keys;
    this.values = values;
    if (keys.length > SCANNED) {
      Map<Object, Integer> places = new HashMap<>();
      for (int i = 0; i < keys.length; i++) {
        places.put(keys[i], i);
      }
      this.places = places;
    } else {
      this.places = null;
    }
  }

  /**
   * Returns a table of {@code source}'s entries, in its iteration order.
   *
   * @param source the entries; no null key or value
   * @return the table
   */
  @SuppressWarnings("unchecked")
  static <K, V> SmallTable<K, V> copyOf(Map<? extends K, ? extends V> source) {
    if (source instanceof SmallTable<?, ?> table) {
      return (SmallTable<K, V>) table;
    }
    if (source.isEmpty()) {
      return (SmallTable<K, V>) EMPTY;
    }
    Object[] keys = new Object[source.size()];
    Object[] values = new Object[source.size()];
    int i = 0;
    for (Map.Entry<? extends K, ? extends V> entry : source.entrySet()) {
      keys[i] = Objects.requireNonNull(entry.getKey(), "key");
      values[i++] = Objects.requireNonNull(entry.getValue(), "value");
    }
    return new SmallTable<>(keys, values);
  }

  /**
   * Returns the place of {@code key} in the iteration order, or -1.
   *
   * @param key the key
   * @return its index, or -1 when the table has no such key
   */
  int indexOf(@Nullable Object key) {
    Map<Object, Integer> large = places;
    if (large != null) {
      Integer place = large.get(key);
      return place == null ? -1 : place;
    }
    Object[] held = keys;
    // by reference first, with no call: ids from of() and the named frequencies are one object
    for (int i = 0; i < held.length; i++) {
      if (held[i] == key) {
        return i;
      }
    }
    if (key != null) {
      for (int i = 0; i < held.length; i++) {
        if (held[i].equals(key)) {
          return i;
        }
      }
    }
    return -1;
  }

  @Override
  @SuppressWarnings("unchecked")
  public @Nullable V get(@Nullable Object key) {
    int i = indexOf(key);
    return i < 0 ? null : (V) values[i];
  }

  @Override
  public boolean containsKey(@Nullable Object key) {
    return get(key) != null;
  }

  @Override
  public int size() {
    return keys.length;
  }

  @Override
  public Set<Map.Entry<K, V>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Map.Entry<K, V>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < keys.length;
          }

          @Override
          @SuppressWarnings("unchecked")
          public Map.Entry<K, V> next() {
            if (next >= keys.length) {
              throw new NoSuchElementException();
            }
            int i = next++;
            return new AbstractMap.SimpleImmutableEntry<>((K) keys[i], (V) values[i]);
          }
        };
      }

      @Override
      public int size() {
        return keys.length;
      }
    };
  }
}
