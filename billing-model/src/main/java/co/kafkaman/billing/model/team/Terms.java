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
import co.kafkaman.billing.model.catalog.PlanTier;
import co.kafkaman.billing.model.catalog.Resource;
import co.kafkaman.billing.model.time.BillingFrequency;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * What a subscription buys for a cycle: the plan tier, the billing frequency, the paid seats and
 * the add-on blocks per resource. Both the current cycle and the instructions for the next one are
 * terms.
 *
 * <p>Immutable and thread-safe. Seats are 0 to {@link InputLimits#MAX_SEATS} and block counts 0 to
 * {@link InputLimits#MAX_BLOCKS} ({@code INVALID_QUANTITY} outside); resources with zero blocks are
 * left out of {@link #addOnBlocks()}.
 *
 * @param tier the plan tier
 * @param frequency monthly or annual
 * @param seats the paid seats, zero or more
 * @param addOnBlocks purchased blocks per resource, iterated in the order of {@link Resource}
 * @since 0.1.0
 */
public record Terms(
    PlanTier tier, BillingFrequency frequency, int seats, Map<Resource, Integer> addOnBlocks) {

  private static final Resource[] RESOURCES = Resource.values();

  /**
   * Validates the terms and copies the blocks, unless they are another terms' blocks.
   *
   * @param tier the plan tier
   * @param frequency monthly or annual
   * @param seats the paid seats, zero or more
   * @param addOnBlocks purchased blocks per resource, iterated in the order of {@link Resource}
   */
  public Terms {
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(frequency, "frequency");
    if (seats < 0 || seats > InputLimits.MAX_SEATS) {
      InputLimits.requireQuantity("seats", seats, 0, InputLimits.MAX_SEATS);
    }
    if (addOnBlocks.isEmpty()) {
      addOnBlocks = Map.of();
    } else if (!(addOnBlocks instanceof Blocks)) {
      EnumMap<Resource, Integer> copy = new EnumMap<>(Resource.class);
      for (Map.Entry<Resource, Integer> entry : addOnBlocks.entrySet()) {
        int blocks =
            Objects.requireNonNull(entry.getValue(), () -> "addOnBlocks." + entry.getKey());
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
      addOnBlocks = copy.isEmpty() ? Map.of() : new Blocks(copy);
    }
  }

  /**
   * Checked blocks: positive counts by resource ordinal, read-only, iterated in enum order (so
   * lines and billed items come out in a stable order). Two objects, where an unmodifiable {@code
   * EnumMap} of boxed counts is four: a batch of renewals reads them from memory for every team. A
   * copy of the terms ({@code withSeats}, {@code withTier}) shares them instead of copying and
   * checking them again.
   */
  private static final class Blocks extends AbstractMap<Resource, Integer> {
    private final int[] counts;
    private final int size;

    Blocks(EnumMap<Resource, Integer> checked) {
      counts = new int[RESOURCES.length];
      for (Map.Entry<Resource, Integer> entry : checked.entrySet()) {
        counts[entry.getKey().ordinal()] = entry.getValue();
      }
      size = checked.size();
    }

    @Override
    public Set<Map.Entry<Resource, Integer>> entrySet() {
      return new AbstractSet<>() {
        @Override
        public Iterator<Map.Entry<Resource, Integer>> iterator() {
          return new Iterator<>() {
            private int next = following(-1);

            @Override
            public boolean hasNext() {
              return next < counts.length;
            }

            @Override
            public Map.Entry<Resource, Integer> next() {
              if (next >= counts.length) {
                throw new NoSuchElementException();
              }
              Map.Entry<Resource, Integer> entry =
                  new AbstractMap.SimpleImmutableEntry<>(RESOURCES[next], counts[next]);
              next = following(next);
              return entry;
            }
          };
        }

        @Override
        public int size() {
          return size;
        }
      };
    }

    private int following(int ordinal) {
      int i = ordinal + 1;
      while (i < counts.length && counts[i] == 0) {
        i++;
      }
      return i;
    }

    @Override
    public @Nullable Integer get(@Nullable Object key) {
      return key instanceof Resource resource && counts[resource.ordinal()] > 0
          ? counts[resource.ordinal()]
          : null;
    }

    @Override
    public boolean containsKey(@Nullable Object key) {
      return get(key) != null;
    }

    @Override
    public int size() {
      return size;
    }

    @Override
    public void forEach(BiConsumer<? super Resource, ? super Integer> action) {
      for (int i = 0; i < counts.length; i++) {
        if (counts[i] > 0) {
          action.accept(RESOURCES[i], counts[i]);
        }
      }
    }

    // terms are compared on every change request: blocks against blocks without entry objects
    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Blocks other ? Arrays.equals(counts, other.counts) : super.equals(o);
    }

    @Override
    public int hashCode() {
      int hash = 0; // as Map.hashCode: the sum of key.hashCode() ^ value.hashCode() per entry
      for (int i = 0; i < counts.length; i++) {
        if (counts[i] > 0) {
          hash += RESOURCES[i].hashCode() ^ Integer.hashCode(counts[i]);
        }
      }
      return hash;
    }
  }

  /**
   * Returns terms without add-ons.
   *
   * @param tier the tier
   * @param frequency the frequency
   * @param seats the seats
   * @return the terms
   */
  public static Terms of(PlanTier tier, BillingFrequency frequency, int seats) {
    return new Terms(tier, frequency, seats, Map.of());
  }

  /**
   * Returns the blocks of {@code resource}, zero when none.
   *
   * @param resource the resource
   * @return the blocks
   */
  public int blocks(Resource resource) {
    // the constructor leaves either no blocks or checked ones: no lookup, no boxing
    return addOnBlocks instanceof Blocks blocks ? blocks.counts[resource.ordinal()] : 0;
  }

  /**
   * Returns a copy on another tier.
   *
   * @param newTier the tier
   * @return the copy
   */
  public Terms withTier(PlanTier newTier) {
    return new Terms(newTier, frequency, seats, addOnBlocks);
  }

  /**
   * Returns a copy with another frequency.
   *
   * @param newFrequency the frequency
   * @return the copy
   */
  public Terms withFrequency(BillingFrequency newFrequency) {
    return new Terms(tier, newFrequency, seats, addOnBlocks);
  }

  /**
   * Returns a copy with another seat count.
   *
   * @param newSeats the seats, zero or more
   * @return the copy
   */
  public Terms withSeats(int newSeats) {
    return new Terms(tier, frequency, newSeats, addOnBlocks);
  }

  /**
   * Returns a copy with {@code blocks} blocks of {@code resource}.
   *
   * @param resource the resource
   * @param blocks the blocks, zero or more
   * @return the copy
   */
  public Terms withBlocks(Resource resource, int blocks) {
    EnumMap<Resource, Integer> copy = new EnumMap<>(Resource.class);
    copy.putAll(addOnBlocks);
    copy.put(resource, blocks);
    return new Terms(tier, frequency, seats, copy);
  }

  /**
   * Returns {@code "BASIC MONTHLY, 5 seats, {MONITORING_REQUESTS=1}"}.
   *
   * @return the terms as text
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(64);
    text.append(tier).append(' ').append(frequency).append(", ").append(seats);
    text.append(seats == 1 ? " seat" : " seats");
    if (!addOnBlocks.isEmpty()) {
      // in enum order, as an EnumMap prints: {MONITORING_REQUESTS=1, MOCK_SERVER_CALLS=2}
      text.append(", blocks {");
      boolean first = true;
      for (Resource resource : RESOURCES) {
        Integer blocks = addOnBlocks.get(resource);
        if (blocks != null) {
          text.append(first ? "" : ", ").append(resource).append('=').append(blocks);
          first = false;
        }
      }
      text.append('}');
    }
    return text.toString();
  }
}
