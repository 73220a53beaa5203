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

import static org.assertj.core.api.Assertions.assertThat;

import co.kafkaman.billing.model.catalog.PlanTier;
import co.kafkaman.billing.model.catalog.Resource;
import co.kafkaman.billing.model.time.BillingFrequency;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Terms read as tier, frequency, seats and the blocks in enum order, as history summaries show. */
class TermsTextTest {

  @ParameterizedTest(name = "{0} {1} seats, {2} monitoring, {3} mock, {4} domains: {5}")
  @CsvSource(
      delimiter = '|',
      value = {
        "BASIC | 1 | 0 | 0 | 0 | BASIC MONTHLY, 1 seat",
        "BASIC | 5 | 0 | 0 | 0 | BASIC MONTHLY, 5 seats",
        "PROFESSIONAL | 3 | 2 | 0 | 0 | PROFESSIONAL MONTHLY, 3 seats, blocks {MONITORING_REQUESTS=2}",
        "FREE | 0 | 1 | 3 | 2 | FREE MONTHLY, 0 seats, blocks {MONITORING_REQUESTS=1,"
            + " MOCK_SERVER_CALLS=3, CUSTOM_DOMAINS=2}",
        "ENTERPRISE | 40 | 0 | 7 | 0 | ENTERPRISE MONTHLY, 40 seats, blocks {MOCK_SERVER_CALLS=7}",
      })
  void textListsBlocksInEnumOrder(
      PlanTier tier, int seats, int monitoring, int mock, int domains, String expected) {
    // added in reverse enum order: the text must not depend on insertion order
    Terms terms =
        Terms.of(tier, BillingFrequency.MONTHLY, seats)
            .withBlocks(Resource.CUSTOM_DOMAINS, domains)
            .withBlocks(Resource.MOCK_SERVER_CALLS, mock)
            .withBlocks(Resource.MONITORING_REQUESTS, monitoring);

    assertThat(terms).hasToString(expected);
  }
}
