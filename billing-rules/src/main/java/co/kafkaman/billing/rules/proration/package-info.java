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
 * Proration, written once and used by seat changes, add-ons, plan changes and new terms: {@link
 * co.kafkaman.billing.rules.proration.DayCount} (the part of a period any stretch of it is:
 * leading stub, trailing stub or a stretch inside; actual days, 30-day months (30E/360), a fixed
 * N-day month, whole months, or seconds: {@link
 * co.kafkaman.billing.rules.proration.SecondsDayCount} between a zone's midnights, or from a
 * command's instant once pinned), {@link
 * co.kafkaman.billing.rules.proration.ProrationConvention} (one selectable value: day count,
 * rounding, fraction decimals and termination-day credit; presets kafkaman, Kill Bill compatible,
 * Lago compatible and 30-day month) and its {@link co.kafkaman.billing.rules.proration.Prorated}
 * results.
 *
 * <p>Rules: a charge is {@code price x quantity x remaining fraction}; a credit is {@code billed x
 * remaining fraction of the billed item's own service period} from the change day on (that day
 * included: the replacement bills it), capped at what is left to credit;
 * each is its own line, rounded once with the convention's rounding policy. A change on the cycle's
 * first day is a full-cycle charge and a full-cycle credit. Under seconds, what a pinned count
 * charges from its instant starts at that instant ({@code BilledItem.serviceStart()}), and its
 * credit counts the seconds left over the seconds bought: 2 seats bought at {@code
 * 2024-04-16T12:00:00Z} for 11.60 and removed at {@code 2024-04-20T18:00:00Z} credit {@code 11.60 x
 * 885600/1252800 seconds = 8.20}.
 *
 * <p>Worked example: Basic at 12.00 per seat a month, cycle {@code [2024-03-01, 2024-04-01)}, 2
 * seats added on 2024-03-15: {@code 2 x 12.00 x 17/31 days = 13.16} (1316.13 cents, HALF_UP). The
 * same under the 30-day month preset (30E/360, the 15th to the 30th): {@code 2 x 12.00 x 16/30
 * days = 12.80}; under Kill Bill: {@code 2 x 12.00 x 0.548387097 = 13.16}.
 */
@NullMarked
package co.kafkaman.billing.rules.proration;

import org.jspecify.annotations.NullMarked;
