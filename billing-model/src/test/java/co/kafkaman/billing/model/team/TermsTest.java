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

import static co.kafkaman.billing.model.BillingAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.catalog.PlanTier;
import co.kafkaman.billing.model.catalog.Resource;
import co.kafkaman.billing.model.time.BillingFrequency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TermsTest {

  @ParameterizedTest(name = "{0} {1}, {2} seats, {3} monitoring blocks: ''{4}''")
  @CsvSource({
    "BASIC, MONTHLY, 5, 1, 'BASIC MONTHLY, 5 seats, blocks {MONITORING_REQUESTS=1}'",
    "BASIC, MONTHLY, 1, 0, 'BASIC MONTHLY, 1 seat'",
    "FREE, MONTHLY, 0, 0, 'FREE MONTHLY, 0 seats'",
    "ENTERPRISE, ANNUAL, 250, 12, 'ENTERPRISE ANNUAL, 250 seats, blocks {MONITORING_REQUESTS=12}'",
  })
  void describeWhatACycleBuys(
      PlanTier tier, BillingFrequency frequency, int seats, int blocks, String text) {
    Terms terms = Terms.of(tier, frequency, seats).withBlocks(Resource.MONITORING_REQUESTS, blocks);

    assertThat(terms.seats()).isEqualTo(seats);
    assertThat(terms.blocks(Resource.MONITORING_REQUESTS)).isEqualTo(blocks);
    assertThat(terms.blocks(Resource.CUSTOM_DOMAINS)).isZero();
    assertThat(terms).hasToString(text);
  }

  @Test
  void zeroBlocksAreLeftOut() {
    Terms terms =
        new Terms(
            PlanTier.BASIC,
            BillingFrequency.MONTHLY,
            5,
            Map.of(Resource.MONITORING_REQUESTS, 0, Resource.CUSTOM_DOMAINS, 2));

    assertThat(terms.addOnBlocks()).containsOnlyKeys(Resource.CUSTOM_DOMAINS);
    assertThat(terms.withBlocks(Resource.CUSTOM_DOMAINS, 0).addOnBlocks()).isEmpty();
    assertThat(terms.withBlocks(Resource.CUSTOM_DOMAINS, 0))
        .isEqualTo(Terms.of(PlanTier.BASIC, BillingFrequency.MONTHLY, 5));
  }

  @Test
  void theBlocksAreAReadOnlyMapInResourceOrder() {
    Map<Resource, Integer> given = new HashMap<>();
    given.put(Resource.CLOUD_AGENT, 4);
    given.put(Resource.MONITORING_REQUESTS, 2);
    given.put(Resource.API_CALLS, 0);
    given.put(Resource.MOCK_SERVER_CALLS, 1);
    Terms terms = new Terms(PlanTier.BASIC, BillingFrequency.MONTHLY, 3, given);
    Map<Resource, Integer> blocks = terms.addOnBlocks();

    assertThat(blocks.keySet())
        .containsExactly(
            Resource.MONITORING_REQUESTS, Resource.MOCK_SERVER_CALLS, Resource.CLOUD_AGENT);
    assertThat(blocks.values()).containsExactly(2, 1, 4);
    assertThat(blocks)
        .isEqualTo(
            Map.of(
                Resource.MONITORING_REQUESTS,
                2,
                Resource.MOCK_SERVER_CALLS,
                1,
                Resource.CLOUD_AGENT,
                4))
        .hasSameHashCodeAs(
            Map.of(
                Resource.MONITORING_REQUESTS,
                2,
                Resource.MOCK_SERVER_CALLS,
                1,
                Resource.CLOUD_AGENT,
                4))
        .hasSize(3)
        .doesNotContainKey(Resource.API_CALLS);
    assertThat(blocks.get(Resource.API_CALLS)).isNull();
    assertThat(blocks.getOrDefault(Resource.CUSTOM_DOMAINS, 0)).isZero();
    assertThatThrownBy(() -> blocks.put(Resource.API_CALLS, 1))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> blocks.entrySet().iterator().next().setValue(9))
        .isInstanceOf(UnsupportedOperationException.class);
    Iterator<Resource> keys = blocks.keySet().iterator();
    keys.next();
    keys.next();
    keys.next();
    assertThat(keys.hasNext()).isFalse();
    assertThatThrownBy(keys::next).isInstanceOf(NoSuchElementException.class);
    Map<Resource, Integer> visited = new EnumMap<>(Resource.class);
    blocks.forEach(visited::put);
    assertThat(visited)
        .isEqualTo(blocks)
        .isEqualTo(
            given.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .collect(
                    java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    assertThat(blocks)
        .isEqualTo(new Terms(PlanTier.FREE, BillingFrequency.ANNUAL, 0, given).addOnBlocks())
        .hasSameHashCodeAs(
            new Terms(PlanTier.FREE, BillingFrequency.ANNUAL, 0, given).addOnBlocks())
        .isNotEqualTo(terms.withBlocks(Resource.CLOUD_AGENT, 5).addOnBlocks())
        .isNotEqualTo(terms.withBlocks(Resource.API_CALLS, 1).addOnBlocks());
    // copies share the checked blocks and stay equal to terms built from scratch
    assertThat(terms.withSeats(7).withTier(PlanTier.PROFESSIONAL))
        .isEqualTo(new Terms(PlanTier.PROFESSIONAL, BillingFrequency.MONTHLY, 7, given));
  }

  @Test
  void copiesTheBlocksItIsGiven() {
    Map<Resource, Integer> given = new EnumMap<>(Resource.class);
    given.put(Resource.MOCK_SERVER_CALLS, 3);
    Terms terms = new Terms(PlanTier.PROFESSIONAL, BillingFrequency.ANNUAL, 10, given);
    given.put(Resource.MOCK_SERVER_CALLS, 99);

    assertThat(terms.blocks(Resource.MOCK_SERVER_CALLS)).isEqualTo(3);
  }

  @Test
  void withersChangeOneThing() {
    Terms basic = Terms.of(PlanTier.BASIC, BillingFrequency.MONTHLY, 5);

    assertThat(basic.withTier(PlanTier.PROFESSIONAL))
        .isEqualTo(Terms.of(PlanTier.PROFESSIONAL, BillingFrequency.MONTHLY, 5));
    assertThat(basic.withFrequency(BillingFrequency.ANNUAL))
        .isEqualTo(Terms.of(PlanTier.BASIC, BillingFrequency.ANNUAL, 5));
    assertThat(basic.withSeats(7)).isEqualTo(Terms.of(PlanTier.BASIC, BillingFrequency.MONTHLY, 7));
    assertThat(basic.seats()).isEqualTo(5);
  }

  @ParameterizedTest(name = "{0} seats are refused")
  @CsvSource({"-1", "-100"})
  void refusesNegativeSeats(int seats) {
    assertRefused(
        () -> Terms.of(PlanTier.BASIC, BillingFrequency.MONTHLY, seats),
        BillingErrorCode.INVALID_QUANTITY,
        "seats",
        "was " + seats);
    Terms five = Terms.of(PlanTier.BASIC, BillingFrequency.MONTHLY, 5);
    assertRefused(
        () -> five.withSeats(seats), BillingErrorCode.INVALID_QUANTITY, "seats", "was " + seats);
  }

  @ParameterizedTest(name = "{1} blocks of {0} are refused")
  @CsvSource({"MONITORING_REQUESTS, -1", "CUSTOM_DOMAINS, -3"})
  void refusesNegativeBlocks(Resource resource, int blocks) {
    Terms five = Terms.of(PlanTier.BASIC, BillingFrequency.MONTHLY, 5);

    assertRefused(
        () -> five.withBlocks(resource, blocks),
        BillingErrorCode.INVALID_QUANTITY,
        "addOnBlocks." + resource,
        "was " + blocks);
  }
}
