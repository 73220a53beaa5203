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
 * Billing time: {@link co.kafkaman.billing.model.time.DateRange} (a half-open range of dates with
 * range algebra) and {@link co.kafkaman.billing.model.time.BillingFrequency} (monthly or annual).
 *
 * <p>Billing dates are {@code LocalDate}s in the team's billing time zone; instants are converted
 * once, at the edge. Every period is half-open, {@code [start, end)}. Cycle boundaries are computed
 * from the anchor ({@code anchor + n periods}, month-end clamped) by the calendar rules.
 *
 * <p>Worked example: {@code [2024-03-01, 2024-04-01)} split at 2024-03-15 gives {@code [2024-03-01,
 * 2024-03-15)} (14 days) and {@code [2024-03-15, 2024-04-01)} (17 days): 14 + 17 = 31.
 */
@NullMarked
package co.kafkaman.billing.model.time;

import org.jspecify.annotations.NullMarked;
