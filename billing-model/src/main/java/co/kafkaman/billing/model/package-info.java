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
 * The root of the billing model: the stable {@link co.kafkaman.billing.model.BillingErrorCode}s and
 * the {@link co.kafkaman.billing.model.BillingException} that carries one, and {@link
 * co.kafkaman.billing.model.InputLimits}, the bounds of every value a host passes in and the one
 * place that checks ids, free texts, emails, quantities and dates.
 *
 * <p>Sub-packages hold immutable values only, no rules and no I/O: {@code money} (amounts,
 * rounding, allocation), {@code time} (half-open date ranges, frequencies), {@code catalog} (plans,
 * add-ons, overage prices), {@code team} (members, subscription, standing), {@code invoice}, {@code
 * payment} and {@code history}.
 *
 * <p>Example: {@code Amount.parse("USD 12.345")} throws a {@code BillingException} with code {@code
 * BILL-102 AMOUNT_SCALE_EXCEEDED} naming the field {@code amount} and the value {@code 12.345}.
 */
@NullMarked
package co.kafkaman.billing.model;

import org.jspecify.annotations.NullMarked;
