package co.kafkaman.billing.model.team;

import co.kafkaman.billing.model.history.HistoryEntry;
import java.util.Arrays;
import java.util.List;

/**
 * The hash codes of a history's entry ids and of each id's prefixes that end before a {@code '/'}:
 * one array of ints read in a few cache lines, so that a command id never used is known without
 * reading the entries. An entry {@code "c-9/1"} adds the hashes of {@code "c-9/1"} and {@code
 * "c-9"}; asking for {@code "c-9"} then finds a candidate, which the caller confirms against the
 * entries. Equal hashes may be false candidates, never false absences.
 *
 * <p>Immutable; {@link #plus(List)} returns a new array.
 */
final class HistoryKeys {
  static final HistoryKeys NONE = new HistoryKeys(new int[0]);

  private final int[] hashes;

  private HistoryKeys(int[] hashes) {
    this.hashes = hashes;
  }

  /** Returns the keys of {@code entries}. */
  static HistoryKeys of(List<? extends HistoryEntry> entries) {
    return NONE.plus(entries);
  }

  /** Returns these keys and those of {@code entries}. */
  HistoryKeys plus(List<? extends HistoryEntry> entries) {
    int added = 0;
    for (int i = 0; i < entries.size(); i++) {
      String id = entries.get(i).id();
      added++;
      for (int slash = id.indexOf('/'); slash >= 0; slash = id.indexOf('/', slash + 1)) {
        added++;
      }
    }
    int[] grown = Arrays.copyOf(hashes, hashes.length + added);
    int next = hashes.length;
    for (int i = 0; i < entries.size(); i++) {
      String id = entries.get(i).id();
      if (id.indexOf('/') >= 0) {
        int hash = 0; // String.hashCode of the prefix read so far
        for (int c = 0; c < id.length(); c++) {
          char ch = id.charAt(c);
          if (ch == '/') {
            grown[next++] = hash;
          }
          hash = 31 * hash + ch;
        }
      }
      grown[next++] = id.hashCode();
    }
    return new HistoryKeys(grown);
  }

  /**
   * Returns whether an entry may have {@code id} as its id or as the part of its id before a {@code
   * '/'}.
   */
  boolean mayContain(String id) {
    int hash = id.hashCode();
    for (int key : hashes) {
      if (key == hash) {
        return true;
      }
    }
    return false;
  }

  /** Returns the number of keys. */
  int size() {
    return hashes.length;
  }
}
