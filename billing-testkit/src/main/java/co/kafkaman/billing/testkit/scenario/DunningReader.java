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
package co.kafkaman.billing.testkit.scenario;

import co.kafkaman.billing.model.BillingException;
import co.kafkaman.billing.rules.dunning.DunningEnd;
import co.kafkaman.billing.rules.dunning.DunningPolicy;
import co.kafkaman.billing.rules.dunning.DunningTerms;
import co.kafkaman.billing.rules.dunning.OverdueEffect;
import co.kafkaman.billing.rules.dunning.OverdueRenewals;
import co.kafkaman.billing.rules.dunning.OverdueStage;
import co.kafkaman.billing.rules.dunning.RetrySchedule;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the top-level {@code dunning:} key of a scenario: the dunning terms, starting from the
 * kafkaman ones, each key replacing one part.
 *
 * <pre>{@code
 * dunning:
 *   retryWaits: [8, 8, 8]          # or retryOffsets: [0, 3, 7]
 *   graceDays: 30                  # the day of the stage that deactivates
 *   stages:                        # added to the deactivation stage
 *     - {name: changes blocked, days: 10, effects: [block changes]}
 *   end: cancel subscription       # deactivate (default) | cancel subscription | mark uncollectible
 *   renewals: always               # skip while deactivated (default) | always
 * }</pre>
 */
final class DunningReader {
  private static final Set<String> KEYS =
      Set.of("retryOffsets", "retryWaits", "graceDays", "stages", "end", "renewals");
  private static final Set<String> STAGE = Set.of("name", "days", "effects");

  private DunningReader() {}

  /** Returns the policy {@code value} describes, with the kafkaman terms as the base. */
  static DunningPolicy read(ScenarioNode value) {
    Map<String, ScenarioNode> fields = value.entries(KEYS);
    if (fields.containsKey("retryOffsets") && fields.containsKey("retryWaits")) {
      throw value.error("give retryOffsets or retryWaits, not both");
    }
    DunningTerms terms = DunningTerms.kafkaman();
    try {
      if (fields.containsKey("graceDays")
          || fields.containsKey("retryOffsets")
          || fields.containsKey("retryWaits")) {
        RetrySchedule retries =
            fields.containsKey("retryWaits")
                ? RetrySchedule.waits(days(fields.get("retryWaits")))
                : fields.containsKey("retryOffsets")
                    ? RetrySchedule.of(days(fields.get("retryOffsets")))
                    : terms.retries();
        int grace =
            fields.containsKey("graceDays") ? fields.get("graceDays").asInt() : terms.graceDays();
        // both at once: each on its own could disagree with the other's old value
        terms =
            new DunningTerms(
                retries,
                List.of(OverdueStage.deactivation(grace)),
                terms.recipients(),
                terms.end(),
                terms.renewals());
      }
      if (fields.containsKey("stages")) {
        List<ScenarioNode> stages = fields.get("stages").elements();
        OverdueStage[] more = new OverdueStage[stages.size()];
        for (int i = 0; i < more.length; i++) {
          more[i] = stage(stages.get(i));
        }
        terms = terms.withStages(more);
      }
      if (fields.containsKey("end")) {
        terms = terms.withEnd(fields.get("end").asEnum(DunningEnd.class));
      }
      if (fields.containsKey("renewals")) {
        terms = terms.withRenewals(fields.get("renewals").asEnum(OverdueRenewals.class));
      }
    } catch (BillingException e) {
      throw value.error(e.field() + ": " + e.reason());
    }
    return DunningPolicy.of(terms);
  }

  private static OverdueStage stage(ScenarioNode value) {
    value.entries(STAGE);
    EnumSet<OverdueEffect> effects = EnumSet.noneOf(OverdueEffect.class);
    for (ScenarioNode effect : value.get("effects").elements()) {
      effects.add(effect.asEnum(OverdueEffect.class));
    }
    return new OverdueStage(value.get("name").text(), value.get("days").asInt(), effects);
  }

  private static int[] days(ScenarioNode value) {
    List<ScenarioNode> elements = value.elements();
    int[] days = new int[elements.size()];
    for (int i = 0; i < days.length; i++) {
      days[i] = elements.get(i).asInt();
    }
    return days;
  }
}
