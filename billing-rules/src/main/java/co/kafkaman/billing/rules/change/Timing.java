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
package co.kafkaman.billing.rules.change;

/**
 * When a requested change applies. Example: 2 seats added on 2024-03-15 to a monthly cycle {@code
 * [2024-03-01, 2024-04-01)} at 12.00 cost {@code 2 x 12.00 x 17/31 = 13.16} now when {@link
 * #IMMEDIATELY}, and nothing now but {@code 2 x 12.00 = 24.00} more on the 2024-04-01 renewal
 * invoice when {@link #ON_RENEWAL}.
 *
 * @since 0.1.0
 */
public enum Timing {
  /** Now, prorated and invoiced at once. */
  IMMEDIATELY,
  /** At the end of the current cycle, without proration. */
  ON_RENEWAL
}
