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
 * Plan, seat, frequency and add-on changes: a {@link
 * co.kafkaman.billing.rules.change.ChangeRequest} (the whole terms wanted, a {@link
 * co.kafkaman.billing.rules.change.Timing} and whether sales staff made it) is decided as a whole
 * by {@link co.kafkaman.billing.rules.change.ChangeRules} into a {@link
 * co.kafkaman.billing.rules.change.ChangeDecision}: applied immediately with prorated lines,
 * accepted for renewal, or refused with the alternative that would be accepted.
 *
 * <p>What may apply when is a {@link co.kafkaman.billing.rules.change.ChangePolicy}: ordered
 * {@link co.kafkaman.billing.rules.change.ChangeRule}s deciding each {@link
 * co.kafkaman.billing.rules.change.ChangePart} as a {@link
 * co.kafkaman.billing.rules.change.ChangeTiming}, and a {@link
 * co.kafkaman.billing.rules.change.ProrationLayout} for quantity changes. The kafkaman default
 * (RULES.md section 5): upgrades, added seats and added blocks are prorated for the rest of the
 * cycle; Free to paid and monthly to annual start a new term on the change day. On renewal only:
 * downgrades (including to Free), fewer seats (never below the members), annual to monthly, fewer
 * blocks. Moves to or from Enterprise need a sales-assisted request either way. Under a policy
 * that applies a reduction at once, it credits the unused part of what was billed. Credits are based
 * on what was billed for the replaced item, and an item is credited once, so two changes in one
 * cycle never refund or charge twice.
 *
 * <p>Worked example: a $10/month plan upgraded to a $20/month plan halfway through a 30-day cycle
 * (day 16): {@code CHANGE_CREDIT 1 x -10.00 x 15/30 days = -5.00} and {@code SEAT_PRORATION 1 x
 * 20.00 x 15/30 days = 10.00}, net +5.00. Downgrading "Immediately" is refused with {@code BILL-401
 * CHANGE_ONLY_ON_RENEWAL}; "On renewal would be accepted".
 */
@NullMarked
package co.kafkaman.billing.rules.change;

import org.jspecify.annotations.NullMarked;
