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

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Plan and resource ids compare and hash by their text, exactly as the records' generated methods
 * did before {@code equals} and {@code hashCode} were written out: equal texts (in distinct string
 * instances) give equal ids with the text's hash code, and any other text a different id.
 */
class CatalogIdsPropertiesTest {
  // a small alphabet, so that two drawn texts are often equal or differ only by case
  private static final String ALPHABET = "aAbB1_-";

  /** Ids of 1 to 4 characters of the alphabet, starting with a letter or digit. */
  private static Gen<String> texts() {
    return lists()
        .of(integers().between(0, ALPHABET.length() - 1))
        .ofSizeBetween(1, 4)
        .map(
            picks -> {
              StringBuilder text = new StringBuilder();
              for (int pick : picks) {
                text.append(ALPHABET.charAt(pick));
              }
              // the first character is a letter or a digit
              return (text.charAt(0) == '_' || text.charAt(0) == '-' ? "a" : "") + text;
            });
  }

  @Test
  void idsAreEqualExactlyWhenTheirTextsAre() {
    qt().forAll(texts(), texts())
        .checkAssert(
            (a, b) -> {
              // new String: ids from another instance of the same text, as a parsed catalog has
              PlanId plan = PlanId.of(a);
              PlanId otherPlan = PlanId.of(new String(b.toCharArray()));
              ResourceId resource = ResourceId.of(a);
              ResourceId otherResource = ResourceId.of(new String(b.toCharArray()));
              assertThat(plan.equals(otherPlan)).isEqualTo(a.equals(b));
              assertThat(resource.equals(otherResource)).isEqualTo(a.equals(b));
              assertThat(plan.hashCode()).isEqualTo(a.hashCode());
              assertThat(resource.hashCode()).isEqualTo(a.hashCode());
              if (a.equals(b)) {
                assertThat(otherPlan.hashCode()).isEqualTo(plan.hashCode());
                assertThat(otherResource.hashCode()).isEqualTo(resource.hashCode());
              }
              // a plan id is never a resource id, nor its text, nor null
              assertThat(plan.equals(resource)).isFalse();
              assertThat(resource.equals(plan)).isFalse();
              assertThat(plan.equals(a)).isFalse();
              assertThat(plan.equals(null)).isFalse();
            });
  }

  @Test
  void idsKeyAHashMapByTheirText() {
    qt().forAll(texts(), texts())
        .checkAssert(
            (a, b) -> {
              Map<PlanId, String> plans = new HashMap<>();
              plans.put(PlanId.of(a), "first");
              plans.put(PlanId.of(new String(b.toCharArray())), "second");
              assertThat(plans).hasSize(a.equals(b) ? 1 : 2);
              assertThat(plans.get(PlanId.of(new String(a.toCharArray()))))
                  .isEqualTo(a.equals(b) ? "second" : "first");
            });
  }
}
