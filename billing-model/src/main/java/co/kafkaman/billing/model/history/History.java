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
package co.kafkaman.billing.model.history;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A team's account history: its entries, oldest first, as a read-only {@link List} that grows by
 * {@link #plus(List)} in constant amortized time, and that finds the entries of a command id
 * without reading the entries of other commands.
 *
 * <p>Why: the engine appends to a team's history on every command and, before every command, looks
 * the command's id up (a repeated command is applied once). With a plain list both cost the length
 * of the history, which grows with the team's age; for a batch over teams cold in memory the lookup
 * also read every entry. Here versions of a history share one buffer: appending to the newest
 * version writes after its last entry (the first of two versions appending claims the slots, the
 * other copies), and the hash codes of the ids sit in a compact array beside the entries.
 *
 * <p>Example: {@code History.empty().plus(List.of(c17, c17effect))} holds entries {@code c-17} and
 * {@code c-17/1}; {@code entriesOf("c-17")} returns both, {@code entriesOf("c-18")} none.
 *
 * <p>Immutable and thread-safe: a version never changes, whoever appends to it.
 *
 * @since 0.1.0
 */
public final class History extends AbstractList<HistoryEntry> implements RandomAccess {
  private static final History EMPTY =
      new History(new Buffer(new HistoryEntry[0], new int[0], 0), 0, 0);

  private final Buffer buffer;
  private final int size;
  private final int keyCount;

  /**
   * The storage shared by the versions of one history. Slots below {@code claimed} are written
   * once, by the version that claimed them, before that version is published; a version reads only
   * the slots below its own size.
   */
  private static final class Buffer {
    private static final VarHandle CLAIMED;

    static {
      try {
        CLAIMED = MethodHandles.lookup().findVarHandle(Buffer.class, "claimed", int.class);
      } catch (ReflectiveOperationException e) {
        throw new ExceptionInInitializerError(e);
      }
    }

    final HistoryEntry[] entries;
    // String.hashCode of each id, and of each id's prefixes that end before a '/'
    final int[] keys;

    // the number of entry slots written; only the version of exactly that size may claim more
    private volatile int claimed;

    Buffer(HistoryEntry[] entries, int[] keys, int claimed) {
      this.entries = entries;
      this.keys = keys;
      this.claimed = claimed;
    }

    /** Claims the slots from {@code size} to {@code newSize} for the version of {@code size}. */
    boolean claim(int size, int newSize) {
      // a plain read first: the slots are often taken (a team's older version appended to again)
      return claimed == size && CLAIMED.compareAndSet(this, size, newSize);
    }
  }

  private History(Buffer buffer, int size, int keyCount) {
    this.buffer = buffer;
    this.size = size;
    this.keyCount = keyCount;
  }

  /**
   * Returns the empty history.
   *
   * @return the history without entries
   */
  public static History empty() {
    return EMPTY;
  }

  /**
   * Returns a history of {@code entries}, oldest first.
   *
   * @param entries the entries
   * @return the history; {@code entries} itself when it is one
   * @throws NullPointerException if an entry is null
   */
  public static History of(Iterable<? extends HistoryEntry> entries) {
    if (entries instanceof History history) {
      return history;
    }
    List<HistoryEntry> copy = new ArrayList<>();
    for (HistoryEntry entry : entries) {
      copy.add(Objects.requireNonNull(entry, "entry"));
    }
    return EMPTY.plus(copy);
  }

  /**
   * Returns this history followed by {@code entries}.
   *
   * @param entries the entries to append, oldest first
   * @return the longer history; this one when {@code entries} is empty
   * @throws NullPointerException if an entry is null
   */
  public History plus(List<? extends HistoryEntry> entries) {
    int added = entries.size();
    if (added == 0) {
      return this;
    }
    int[] addedKeys = keysOf(entries);
    int newSize = size + added;
    int newKeyCount = keyCount + addedKeys.length;
    Buffer target = buffer;
    boolean inPlace =
        newSize <= target.entries.length
            && newKeyCount <= target.keys.length
            && target.claim(size, newSize);
    if (!inPlace) {
      target =
          new Buffer(
              Arrays.copyOf(buffer.entries, Math.max(newSize, 2 * size)),
              Arrays.copyOf(buffer.keys, Math.max(newKeyCount, 2 * keyCount)),
              newSize);
    }
    for (int i = 0; i < added; i++) {
      target.entries[size + i] = entries.get(i);
    }
    System.arraycopy(addedKeys, 0, target.keys, keyCount, addedKeys.length);
    return new History(target, newSize, newKeyCount);
  }

  /**
   * Returns the entries of the command with {@code commandId}: the entry with that id and those
   * whose id starts with {@code commandId + "/"} (its effects), oldest first.
   *
   * @param commandId the command id
   * @return the entries, empty when the id was never used
   */
  public List<HistoryEntry> entriesOf(String commandId) {
    if (!mayContain(commandId)) {
      return List.of();
    }
    int length = commandId.length();
    List<HistoryEntry> found = new ArrayList<>(3);
    for (int i = 0; i < size; i++) {
      HistoryEntry entry = buffer.entries[i];
      String id = entry.id();
      boolean mine =
          id.length() == length
              ? id.equals(commandId)
              : id.length() > length && id.charAt(length) == '/' && id.startsWith(commandId);
      if (mine) {
        found.add(entry);
      }
    }
    return found;
  }

  /**
   * Returns the newest entry.
   *
   * @return the last entry
   * @throws java.util.NoSuchElementException if the history is empty
   */
  public HistoryEntry latest() {
    if (size == 0) {
      throw new java.util.NoSuchElementException("the history is empty");
    }
    return buffer.entries[size - 1];
  }

  @Override
  public HistoryEntry get(int index) {
    Objects.checkIndex(index, size);
    return buffer.entries[index];
  }

  @Override
  public int size() {
    return size;
  }

  /** Whether an id, or the part of an id before a '/', may equal {@code id}; never a false no. */
  private boolean mayContain(String id) {
    int hash = id.hashCode();
    int[] keys = buffer.keys;
    for (int i = 0; i < keyCount; i++) {
      if (keys[i] == hash) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the keys of {@code entries}, in order: for each id, the String.hashCode of each prefix
   * that ends before a {@code '/'}, then of the whole id, all in one pass over its characters.
   */
  private static int[] keysOf(List<? extends HistoryEntry> entries) {
    // exact for what the engine appends: a command's id, then its effects' ids "id/n"
    int[] keys = new int[Math.max(1, 2 * entries.size() - 1)];
    int count = 0;
    for (int i = 0; i < entries.size(); i++) {
      String id = Objects.requireNonNull(entries.get(i), "entry").id();
      int hash = 0;
      for (int c = 0; c < id.length(); c++) {
        char ch = id.charAt(c);
        if (ch == '/') {
          keys = count < keys.length ? keys : Arrays.copyOf(keys, 2 * keys.length);
          keys[count++] = hash;
        }
        hash = 31 * hash + ch;
      }
      keys = count < keys.length ? keys : Arrays.copyOf(keys, 2 * keys.length);
      keys[count++] = hash;
    }
    return count == keys.length ? keys : Arrays.copyOf(keys, count);
  }
}
