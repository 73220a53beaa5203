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
 * Auto-flex (RULES.md section 8). {@link co.kafkaman.billing.rules.flex.FlexRules} decides member
 * additions and removals ({@link co.kafkaman.billing.rules.flex.MemberDecision}), opt-in, the end
 * of an auto-flex cycle ({@link co.kafkaman.billing.rules.flex.FlexCycleEnd}), the renewal's flex
 * lines, locked flex seats, reminders and the {@link co.kafkaman.billing.rules.flex.FlexOverview}.
 * The {@link co.kafkaman.billing.rules.flex.AutoFlexPolicy} is data: effective-dated {@link
 * co.kafkaman.billing.rules.flex.AutoFlexRollout}s, a pluggable {@link
 * co.kafkaman.billing.rules.flex.FlexChargeMode} (whole months, day-prorated, whole quarters) fed
 * with {@link co.kafkaman.billing.rules.flex.FlexCycleFacts}, and reminder lead days. {@link
 * co.kafkaman.billing.rules.flex.FlexCalendar} lists the cycle ends and reminders ({@link
 * co.kafkaman.billing.rules.flex.FlexDate}s) of a date range for a host's agenda.
 *
 * <p>Worked example: annual Basic at 144.00 per user per year, anchor 2024-01-31, 5 paid seats. 4
 * users are added in month 2 and 2 of them removed before the end of month 3. The reminder is due
 * on 2024-04-16 ("2 users added ... 216.00 will be billed on 2024-04-30"); on 2024-04-30, the first
 * quarter's end, one line {@code 2 x 144.00 x 9/12 months = 216.00}; the 2 become paid seats,
 * locked until the renewal on 2025-01-31, where all 7 are part of the seat count.
 */
@NullMarked
package co.kafkaman.billing.rules.flex;

import org.jspecify.annotations.NullMarked;
