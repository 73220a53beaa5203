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
package co.kafkaman.billing.rules.flex;

import co.kafkaman.billing.model.invoice.InvoiceLine;
import co.kafkaman.billing.model.team.Subscription;
import java.util.List;

/**
 * The end of an auto-flex cycle inside a term: the subscription with the billed flex users turned
 * into locked paid seats and a fresh auto-flex cycle, and the {@code AUTO_FLEX} lines to invoice
 * (together with whatever else falls due that day).
 *
 * @param subscription the subscription after the cycle's end
 * @param lines the {@code AUTO_FLEX} lines, empty when nothing is billed
 * @param billedUsers the flex users who became paid seats
 * @param summary what happened, with the figures
 * @since 0.1.0
 */
public record FlexCycleEnd(
    Subscription subscription, List<InvoiceLine> lines, int billedUsers, String summary) {

  /**
   * Copies the lines.
   *
   * @param subscription the subscription after the cycle's end
   * @param lines the {@code AUTO_FLEX} lines, empty when nothing is billed
   * @param billedUsers the flex users who became paid seats
   * @param summary what happened, with the figures
   */
  public FlexCycleEnd {
    lines = List.copyOf(lines);
  }
}
