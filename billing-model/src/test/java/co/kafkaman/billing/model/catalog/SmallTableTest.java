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

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import co.kafkaman.billing.model.time.BillingFrequency;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SmallTableTest {

  @Test
  void findsAnIdByReferenceAndAnEqualIdMadeApart() {
    Map<PlanId, String> source = new LinkedHashMap<>();
    source.put(PlanId.of("starter"), "Starter");
    source.put(PlanId.of("team"), "Team");
    SmallTable<PlanId, String> table = SmallTable.copyOf(source);

    assertThat(table.get(PlanId.of("team"))).isEqualTo("Team");
    assertThat(table.get(new PlanId("starter"))).isEqualTo("Starter");
    assertThat(table.indexOf(PlanId.of("team"))).isEqualTo(1);
    assertThat(table.get(PlanId.of("growth"))).isNull();
    assertThat(table.indexOf(PlanId.of("growth"))).isEqualTo(-1);
    assertThat(table.get(null)).isNull();
  }

  @Test
  void idsMadeByOfAreOneObjectPerText() {
    assertThat(PlanId.of("growth")).isSameAs(PlanId.of("growth"));
    assertThat(ResourceId.of("build-minutes")).isSameAs(ResourceId.of("build-minutes"));
    assertThat(new PlanId("growth"))
        .isEqualTo(PlanId.of("growth"))
        .isNotSameAs(PlanId.of("growth"));
  }

  @Test
  void findsAFrequencyEqualToAConstant() {
    SmallTable<BillingFrequency, String> table =
        SmallTable.copyOf(Map.of(BillingFrequency.QUARTERLY, "quarterly"));

    assertThat(table.get(BillingFrequency.ofMonths(3))).isEqualTo("quarterly");
    assertThat(table.get(BillingFrequency.ofMonths(4))).isNull();
  }

  @Test
  void isEqualToTheMapItCopiesAndKeepsItsOrder() {
    Map<String, Integer> source = new LinkedHashMap<>();
    source.put("b", 2);
    source.put("a", 1);
    SmallTable<String, Integer> table = SmallTable.copyOf(source);

    assertThat(table).isEqualTo(source).hasSameHashCodeAs(source);
    assertThat(table.keySet()).containsExactly("b", "a");
    assertThat(table.toString()).isEqualTo(source.toString());
    assertThat(SmallTable.copyOf(Map.of())).isEmpty();
  }

  /**
   * Small tables (scanned) and large ones (hashed) answer every lookup as the map they copy, and a
   * key's index is its place in the map's order.
   */
  @Test
  void answersAsTheMapItCopiesAtAnySize() {
    qt().withExamples(500)
        .forAll(
            lists().of(integers().between(0, 40)).ofSizeBetween(0, 3 * SmallTable.SCANNED),
            integers().between(-1, 41))
        .checkAssert(
            (keys, probe) -> {
              Map<PlanId, String> source = new LinkedHashMap<>();
              keys.forEach(k -> source.put(PlanId.of("p" + k), "v" + k));
              SmallTable<PlanId, String> table = SmallTable.copyOf(source);
              List<PlanId> order = new ArrayList<>(source.keySet());
              // an id equal to the one held but another object
              PlanId probed = new PlanId("p" + probe);
              assertThat(table.get(probed)).isEqualTo(source.get(probed));
              assertThat(table.containsKey(probed)).isEqualTo(source.containsKey(probed));
              assertThat(table.indexOf(probed)).isEqualTo(order.indexOf(probed));
              assertThat(table).isEqualTo(source);
              assertThat(new ArrayList<>(table.entrySet()))
                  .isEqualTo(new ArrayList<>(source.entrySet()));
            });
  }
}
