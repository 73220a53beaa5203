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

import co.kafkaman.billing.model.invoice.InvoiceLine;
import co.kafkaman.billing.model.team.UsageLedger;
import java.util.List;
import java.util.Optional;

/**
 * The close of a usage month: the ledger closed (if one was open) and one {@code OVERAGE} line per
 * resource with billable usage, to be invoiced together with whatever else falls due that day.
 *
 * @param closed the ledger closed, or empty when no usage was recorded
 * @param lines the overage lines, possibly none
 * @param summary what was closed, with the figures
 * @since 0.1.0
 */
public record UsageClosing(Optional<UsageLedger> closed, List<InvoiceLine> lines, String summary) {

  /**
   * Copies the lines.
   *
   * @param closed the ledger closed, or empty when no usage was recorded
   * @param lines the overage lines, possibly none
   * @param summary what was closed, with the figures
   */
  public UsageClosing {
    lines = List.copyOf(lines);
  }
}
