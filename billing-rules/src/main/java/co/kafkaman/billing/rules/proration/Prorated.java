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
package co.kafkaman.billing.rules.proration;

import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.money.Fraction;

/**
 * The result of one proration: the fraction applied, the amount rounded once, and a note for what
 * the fraction alone does not say (a fraction rounded to 9 decimals, a credit capped at what is
 * left to credit). An invoice line copies all three, so it explains its own arithmetic.
 *
 * <p>Example: charging 2 seats at 12.00 from 2024-03-15 in {@code [2024-03-01, 2024-04-01)} gives
 * fraction {@code 17/31 days}, amount {@code 13.16}, no note; under Kill Bill the fraction is
 * {@code 548387097/1000000000} with the note {@code "17/31 days rounded to 9 decimals"}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param fraction the fraction the amount was computed with
 * @param amount the rounded amount (negative for a credit)
 * @param note extra arithmetic context, or empty
 * @since 0.1.0
 */
public record Prorated(Fraction fraction, Amount amount, String note) {}
