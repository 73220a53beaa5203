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
package co.kafkaman.billing.rules.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Property: counts in usage texts are grouped exactly as {@code "%,d"} groups them. */
class EntitlementCountPropertiesTest {

  @Test
  void countGroupsDigitsLikeTheFormatter() {
    qt().withExamples(2_000)
        .forAll(longs().all())
        .checkAssert(
            units ->
                assertThat(Entitlement.count(units))
                    .isEqualTo(String.format(Locale.ROOT, "%,d", units)));
    assertThat(Entitlement.count(125_000)).isEqualTo("125,000");
    assertThat(Entitlement.count(Long.MIN_VALUE))
        .isEqualTo(String.format(Locale.ROOT, "%,d", Long.MIN_VALUE));
  }
}
