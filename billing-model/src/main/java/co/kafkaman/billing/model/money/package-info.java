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
 * Exact money: {@link co.kafkaman.billing.model.money.Amount} (a {@code long} count of minor units
 * and a JSR 354 currency), {@link co.kafkaman.billing.model.money.RoundingPolicy} (the explicit
 * rounding of a fraction of a minor unit), {@link co.kafkaman.billing.model.money.Fraction} (the
 * unreduced part of a period a line pays for), {@link co.kafkaman.billing.model.money.Allocation}
 * (splitting an amount into parts that sum exactly), and {@link
 * co.kafkaman.billing.model.money.Currencies} (cached currency look-up and scale).
 *
 * <p>Rules of money in this library: amounts are always at their currency's scale (USD 2, JPY 0,
 * BHD 3); sums never round; a prorated amount is computed exactly and rounded once, at the end.
 *
 * <p>Worked example: 2 seats at USD 12.00 for {@code 17/31 days} is {@code 2 x 1200 x 17 / 31 =
 * 1316.129} cents, which {@code HALF_UP} rounds once to USD 13.16. Splitting USD 100.00 three ways
 * gives {@code 33.34 + 33.33 + 33.33 = 100.00}.
 */
@NullMarked
package co.kafkaman.billing.model.money;

import org.jspecify.annotations.NullMarked;
