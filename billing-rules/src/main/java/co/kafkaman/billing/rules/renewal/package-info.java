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
/**
 * Renewal: {@link co.kafkaman.billing.rules.renewal.RenewalRules} renews a subscription at the end
 * of its cycle, applying standing instructions and pending changes, and prices the next cycle;
 * {@link co.kafkaman.billing.rules.renewal.RenewalQuote} is the expected cost upon renewal, line by
 * line, without issuing anything.
 *
 * <p>Worked example: annual Basic, anchor 2024-02-29, 3 seats at 144.00: renews on 2025-02-28 for
 * {@code [2025-02-28, 2026-02-28)} with {@code PLAN_SEATS 3 x 144.00 = 432.00}.
 */
@NullMarked
package co.kafkaman.billing.rules.renewal;

import org.jspecify.annotations.NullMarked;
