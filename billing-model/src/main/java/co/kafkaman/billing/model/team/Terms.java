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
package co.kafkaman.billing.model.team;

import co.kafkaman.billing.model.InputLimits;
import co.kafkaman.billing.model.catalog.PlanId;
import co.kafkaman.billing.model.catalog.ResourceId;
import co.kafkaman.billing.model.time.BillingFrequency;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * What a subscription buys for a cycle: the plan, the billing frequency, the paid seats and the
 * add-on blocks per resource. Both the current cycle and the instructions for the next one are
 * terms.
 *
 * <p>Immutable and thread-safe. Seats are 0 to {@link InputLimits#MAX_SEATS} and block counts 0 to
 * {@link InputLimits#MAX_BLOCKS} ({@code INVALID_QUANTITY} outside); resources with zero blocks are
 * left out of {@link #addOnBlocks()}.
 *
 * @param plan the plan's id
 * @param frequency how often the plan is billed
 * @param seats the paid seats, zero or more
 * @param addOnBlocks purchased blocks per resource, iterated in the order of their ids
 * @since 0.1.0
 */
public record Terms(
    PlanId plan, BillingFrequency frequency, int seats, Map<ResourceId, Integer> addOnBlocks) {

  private static final ResourceId[] NO_RESOURCES = {};

  /**
   * Validates the terms and copies the blocks, unless they are another terms' blocks.
   *
   * @param plan the plan's id
   * @param frequency how often the plan is billed
   * @param seats the paid seats, zero or more
   * @param addOnBlocks purchased blocks per resource, iterated in the order of their ids
   */
  public Terms {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(frequency, "frequency");
    Objects.requireNonNull(addOnBlocks, "addOnBlocks");
    if (seats < 0 || seats > InputLimits.MAX_SEATS) {
      InputLimits.requireQuantity("seats", seats, 0, InputLimits.MAX_SEATS);
    }
    // another terms' blocks are kept as they are, asked first and for nothing but their class: a
    // copy (withSeats on every renewal) then reads no more of them
    if (!(addOnBlocks instanceof Blocks)) {
      addOnBlocks = checkedCopy(addOnBlocks);
    }
  }

  /** Checks {@code addOnBlocks} and copies their positive counts, sorted by resource id. */
  private static Map<ResourceId, Integer> checkedCopy(Map<ResourceId, Integer> addOnBlocks) {
    if (addOnBlocks.isEmpty()) {
      return Map.of();
    }
    TreeMap<ResourceId, Integer> copy = new TreeMap<>();
    for (Map.Entry<ResourceId, Integer> entry : addOnBlocks.entrySet()) {
      int blocks = Objects.requireNonNull(entry.getValue(), () -> "addOnBlocks." + entry.getKey());
      if (blocks < 0 || blocks > InputLimits.MAX_BLOCKS) {
        InputLimits.requireQuantity(
            "addOnBlocks." + Objects.requireNonNull(entry.getKey(), "addOnBlocks key"),
            blocks,
            0,
            InputLimits.MAX_BLOCKS);
      }
      if (blocks > 0) {
        copy.put(entry.getKey(), blocks);
      }
    }
    return copy.isEmpty() ? Map.of() : new Blocks(copy);
  }

  /**
   * Checked blocks: positive counts beside their resource ids, sorted by id, read-only (so lines
   * and billed items come out in a stable order). Two arrays, where a {@code TreeMap} of boxed
   * counts is an object per entry: a batch of renewals reads them from memory for every team. A
   * copy of the terms ({@code withSeats}, {@code withPlan}) shares them instead of copying and
   * checking them again.
   */
  private static final class Blocks extends AbstractMap<ResourceId, Integer> {
    private final ResourceId[] resources;
    private final int[] counts;

    Blocks(SortedMap<ResourceId, Integer> checked) {
      resources = checked.keySet().toArray(NO_RESOURCES);
      counts = new int[resources.length];
      int i = 0;
      for (int count : checked.values()) {
        counts[i++] = count;
      }
    }

    int indexOf(@Nullable Object key) {
      if (key instanceof ResourceId resource) {
        // a handful of resources: a linear scan beats a binary search's comparisons of strings
        for (int i = 0; i < resources.length; i++) {
          if (resources[i] == resource || resources[i].equals(resource)) {
            return i;
          }
        }
      }
      return -1;
    }

    @Override
    public Set<Map.Entry<ResourceId, Integer>> entrySet() {
      return new AbstractSet<>() {
        @Override
        public Iterator<Map.Entry<ResourceId, Integer>> iterator() {
          return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
              return next < resources.length;
            }

            @Override
            public Map.Entry<ResourceId, Integer> next() {
              if (next >= resources.length) {
                throw new NoSuchElementException();
              }
              Map.Entry<ResourceId, Integer> entry =
                  new AbstractMap.SimpleImmutableEntry<>(resources[next], counts[next]);
              next++;
              return entry;
            }
          };
        }

        @Override
        public int size() {
          return resources.length;
        }
      };
    }

    @Override
    public Set<ResourceId> keySet() {
      // over the array itself: AbstractMap's key set would make an entry for every key
      return new AbstractSet<>() {
        @Override
        public Iterator<ResourceId> iterator() {
          return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
              return next < resources.length;
            }

            @Override
            public ResourceId next() {
              if (next >= resources.length) {
                throw new NoSuchElementException();
              }
              return resources[next++];
            }
          };
        }

        @Override
        public boolean contains(@Nullable Object o) {
          return indexOf(o) >= 0;
        }

        @Override
        public int size() {
          return resources.length;
        }
      };
    }

    @Override
    public @Nullable Integer get(@Nullable Object key) {
      int i = indexOf(key);
      return i < 0 ? null : counts[i];
    }

    @Override
    public boolean containsKey(@Nullable Object key) {
      return indexOf(key) >= 0;
    }

    @Override
    public int size() {
      return resources.length;
    }

    @Override
    public void forEach(BiConsumer<? super ResourceId, ? super Integer> action) {
      for (int i = 0; i < resources.length; i++) {
        action.accept(resources[i], counts[i]);
      }
    }

    // terms are compared on every change request: blocks against blocks without entry objects
    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Blocks other
          ? Arrays.equals(counts, other.counts) && Arrays.equals(resources, other.resources)
          : super.equals(o);
    }

    @Override
    public int hashCode() {
      int hash = 0; // as Map.hashCode: the sum of key.hashCode() ^ value.hashCode() per entry
      for (int i = 0; i < resources.length; i++) {
        hash += resources[i].hashCode() ^ Integer.hashCode(counts[i]);
      }
      return hash;
    }
  }

  /**
   * Returns terms without add-ons.
   *
   * @param plan the plan's id
   * @param frequency the frequency
   * @param seats the seats
   * @return the terms
   */
  public static Terms of(PlanId plan, BillingFrequency frequency, int seats) {
    return new Terms(plan, frequency, seats, Map.of());
  }

  /**
   * Returns the blocks of {@code resource}, zero when none.
   *
   * @param resource the resource
   * @return the blocks
   */
  public int blocks(ResourceId resource) {
    // the constructor leaves either no blocks or checked ones: no boxing
    if (addOnBlocks instanceof Blocks blocks) {
      int i = blocks.indexOf(resource);
      return i < 0 ? 0 : blocks.counts[i];
    }
    return 0;
  }

  /**
   * Returns a copy on another plan.
   *
   * @param newPlan the plan's id
   * @return the copy
   */
  public Terms withPlan(PlanId newPlan) {
    return new Terms(newPlan, frequency, seats, addOnBlocks);
  }

  /**
   * Returns a copy with another frequency.
   *
   * @param newFrequency the frequency
   * @return the copy
   */
  public Terms withFrequency(BillingFrequency newFrequency) {
    return new Terms(plan, newFrequency, seats, addOnBlocks);
  }

  /**
   * Returns a copy with another seat count.
   *
   * @param newSeats the seats, zero or more
   * @return the copy
   */
  public Terms withSeats(int newSeats) {
    return new Terms(plan, frequency, newSeats, addOnBlocks);
  }

  /**
   * Returns a copy with {@code blocks} blocks of {@code resource}.
   *
   * @param resource the resource
   * @param blocks the blocks, zero or more
   * @return the copy
   */
  public Terms withBlocks(ResourceId resource, int blocks) {
    TreeMap<ResourceId, Integer> copy = new TreeMap<>(addOnBlocks);
    copy.put(resource, blocks);
    return new Terms(plan, frequency, seats, copy);
  }

  /**
   * Returns {@code "BASIC MONTHLY, 5 seats, {MONITORING_REQUESTS=1}"}.
   *
   * @return the terms as text
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(64);
    text.append(plan).append(' ').append(frequency).append(", ").append(seats);
    text.append(seats == 1 ? " seat" : " seats");
    if (!addOnBlocks.isEmpty()) {
      // in id order: {CUSTOM_DOMAINS=1, MONITORING_REQUESTS=2}
      text.append(", blocks {");
      boolean first = true;
      for (Map.Entry<ResourceId, Integer> blocks : addOnBlocks.entrySet()) {
        text.append(first ? "" : ", ")
            .append(blocks.getKey())
            .append('=')
            .append(blocks.getValue());
        first = false;
      }
      text.append('}');
    }
    return text.toString();
  }
}
