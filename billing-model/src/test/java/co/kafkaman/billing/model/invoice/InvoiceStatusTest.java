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
package co.kafkaman.billing.model.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InvoiceStatusTest {

  @ParameterizedTest(name = "{0} -> {1}: {2}")
  @CsvSource({
    "OPEN, OPEN, false",
    "OPEN, PAID, true",
    "OPEN, VOID, true",
    "OPEN, UNCOLLECTIBLE, true",
    "PAID, OPEN, false",
    "PAID, PAID, false",
    "PAID, VOID, false",
    "PAID, UNCOLLECTIBLE, false",
    "VOID, OPEN, false",
    "VOID, PAID, false",
    "VOID, VOID, false",
    "VOID, UNCOLLECTIBLE, false",
    "UNCOLLECTIBLE, OPEN, false",
    "UNCOLLECTIBLE, PAID, true",
    "UNCOLLECTIBLE, VOID, true",
    "UNCOLLECTIBLE, UNCOLLECTIBLE, false",
  })
  void allowsOnlyTheLegalTransitions(InvoiceStatus from, InvoiceStatus to, boolean legal) {
    assertThat(from.canBecome(to)).isEqualTo(legal);
  }
}
