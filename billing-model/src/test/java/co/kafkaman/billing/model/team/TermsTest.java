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
import co.kafkaman.billing.model.catalog.KafkamanSample;
import co.kafkaman.billing.model.catalog.PlanId;
import co.kafkaman.billing.model.catalog.ResourceId;
import co.kafkaman.billing.model.time.BillingFrequency;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
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
      PlanId tier, BillingFrequency frequency, int seats, int blocks, String text) {
    Terms terms =
        Terms.of(tier, frequency, seats).withBlocks(KafkamanSample.MONITORING_REQUESTS, blocks);

    assertThat(terms.seats()).isEqualTo(seats);
    assertThat(terms.blocks(KafkamanSample.MONITORING_REQUESTS)).isEqualTo(blocks);
    assertThat(terms.blocks(KafkamanSample.CUSTOM_DOMAINS)).isZero();
    assertThat(terms).hasToString(text);
  }

  @Test
  void zeroBlocksAreLeftOut() {
    Terms terms =
        new Terms(
            KafkamanSample.BASIC,
            BillingFrequency.MONTHLY,
            5,
            Map.of(KafkamanSample.MONITORING_REQUESTS, 0, KafkamanSample.CUSTOM_DOMAINS, 2));

    assertThat(terms.addOnBlocks()).containsOnlyKeys(KafkamanSample.CUSTOM_DOMAINS);
    assertThat(terms.withBlocks(KafkamanSample.CUSTOM_DOMAINS, 0).addOnBlocks()).isEmpty();
    assertThat(terms.withBlocks(KafkamanSample.CUSTOM_DOMAINS, 0))
        .isEqualTo(Terms.of(KafkamanSample.BASIC, BillingFrequency.MONTHLY, 5));
  }

  @Test
  void theBlocksAreAReadOnlyMapInIdOrder() {
    Map<ResourceId, Integer> given = new HashMap<>();
    given.put(KafkamanSample.CLOUD_AGENT, 4);
    given.put(KafkamanSample.MONITORING_REQUESTS, 2);
    given.put(KafkamanSample.API_CALLS, 0);
    given.put(KafkamanSample.MOCK_SERVER_CALLS, 1);
    Terms terms = new Terms(KafkamanSample.BASIC, BillingFrequency.MONTHLY, 3, given);
    Map<ResourceId, Integer> blocks = terms.addOnBlocks();

    assertThat(blocks.keySet())
        .containsExactly(
            KafkamanSample.CLOUD_AGENT,
            KafkamanSample.MOCK_SERVER_CALLS,
            KafkamanSample.MONITORING_REQUESTS);
    assertThat(blocks.values()).containsExactly(4, 1, 2);
    assertThat(blocks)
        .isEqualTo(
            Map.of(
                KafkamanSample.MONITORING_REQUESTS,
                2,
                KafkamanSample.MOCK_SERVER_CALLS,
                1,
                KafkamanSample.CLOUD_AGENT,
                4))
        .hasSameHashCodeAs(
            Map.of(
                KafkamanSample.MONITORING_REQUESTS,
                2,
                KafkamanSample.MOCK_SERVER_CALLS,
                1,
                KafkamanSample.CLOUD_AGENT,
                4))
        .hasSize(3)
        .doesNotContainKey(KafkamanSample.API_CALLS);
    assertThat(blocks.get(KafkamanSample.API_CALLS)).isNull();
    assertThat(blocks.getOrDefault(KafkamanSample.CUSTOM_DOMAINS, 0)).isZero();
    assertThatThrownBy(() -> blocks.put(KafkamanSample.API_CALLS, 1))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> blocks.entrySet().iterator().next().setValue(9))
        .isInstanceOf(UnsupportedOperationException.class);
    Iterator<ResourceId> keys = blocks.keySet().iterator();
    keys.next();
    keys.next();
    keys.next();
    assertThat(keys.hasNext()).isFalse();
    assertThatThrownBy(keys::next).isInstanceOf(NoSuchElementException.class);
    Map<ResourceId, Integer> visited = new TreeMap<>();
    blocks.forEach(visited::put);
    assertThat(visited)
        .isEqualTo(blocks)
        .isEqualTo(
            given.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .collect(
                    java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    assertThat(blocks)
        .isEqualTo(new Terms(KafkamanSample.FREE, BillingFrequency.ANNUAL, 0, given).addOnBlocks())
        .hasSameHashCodeAs(
            new Terms(KafkamanSample.FREE, BillingFrequency.ANNUAL, 0, given).addOnBlocks())
        .isNotEqualTo(terms.withBlocks(KafkamanSample.CLOUD_AGENT, 5).addOnBlocks())
        .isNotEqualTo(terms.withBlocks(KafkamanSample.API_CALLS, 1).addOnBlocks());
    // copies share the checked blocks and stay equal to terms built from scratch
    assertThat(terms.withSeats(7).withPlan(KafkamanSample.PROFESSIONAL))
        .isEqualTo(new Terms(KafkamanSample.PROFESSIONAL, BillingFrequency.MONTHLY, 7, given));
    assertThat(terms.withSeats(7).addOnBlocks()).isSameAs(blocks);
    assertThat(terms.withPlan(KafkamanSample.BASIC).addOnBlocks()).isSameAs(blocks);
  }

  @Test
  void copiesTheBlocksItIsGiven() {
    Map<ResourceId, Integer> given = new TreeMap<>();
    given.put(KafkamanSample.MOCK_SERVER_CALLS, 3);
    Terms terms = new Terms(KafkamanSample.PROFESSIONAL, BillingFrequency.ANNUAL, 10, given);
    given.put(KafkamanSample.MOCK_SERVER_CALLS, 99);

    assertThat(terms.blocks(KafkamanSample.MOCK_SERVER_CALLS)).isEqualTo(3);
  }

  @Test
  void withersChangeOneThing() {
    Terms basic = Terms.of(KafkamanSample.BASIC, BillingFrequency.MONTHLY, 5);

    assertThat(basic.withPlan(KafkamanSample.PROFESSIONAL))
        .isEqualTo(Terms.of(KafkamanSample.PROFESSIONAL, BillingFrequency.MONTHLY, 5));
    assertThat(basic.withFrequency(BillingFrequency.ANNUAL))
        .isEqualTo(Terms.of(KafkamanSample.BASIC, BillingFrequency.ANNUAL, 5));
    assertThat(basic.withSeats(7))
        .isEqualTo(Terms.of(KafkamanSample.BASIC, BillingFrequency.MONTHLY, 7));
    assertThat(basic.seats()).isEqualTo(5);
  }

  @ParameterizedTest(name = "{0} seats are refused")
  @CsvSource({"-1", "-100"})
  void refusesNegativeSeats(int seats) {
    assertRefused(
        () -> Terms.of(KafkamanSample.BASIC, BillingFrequency.MONTHLY, seats),
        BillingErrorCode.INVALID_QUANTITY,
        "seats",
        "was " + seats);
    Terms five = Terms.of(KafkamanSample.BASIC, BillingFrequency.MONTHLY, 5);
    assertRefused(
        () -> five.withSeats(seats), BillingErrorCode.INVALID_QUANTITY, "seats", "was " + seats);
  }

  @ParameterizedTest(name = "{1} blocks of {0} are refused")
  @CsvSource({"MONITORING_REQUESTS, -1", "CUSTOM_DOMAINS, -3"})
  void refusesNegativeBlocks(ResourceId resource, int blocks) {
    Terms five = Terms.of(KafkamanSample.BASIC, BillingFrequency.MONTHLY, 5);

    assertRefused(
        () -> five.withBlocks(resource, blocks),
        BillingErrorCode.INVALID_QUANTITY,
        "addOnBlocks." + resource,
        "was " + blocks);
  }
}
