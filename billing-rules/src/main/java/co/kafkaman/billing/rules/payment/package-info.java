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
 * Payment methods and collection (RULES.md section 9): {@link
 * co.kafkaman.billing.rules.payment.CardRules} adds, removes and sets the primary card with their
 * invariants and says which card an automatic attempt charges ({@link
 * co.kafkaman.billing.rules.payment.Charge}: a card and an amount, or why no charge is possible,
 * such as an expired card); {@link co.kafkaman.billing.rules.payment.CollectionRules} switches
 * between card auto-charge and pay by invoice where the plan allows it. Each accepted change is a
 * {@link co.kafkaman.billing.rules.payment.PaymentChange}; refusals are {@link
 * co.kafkaman.billing.model.BillingException}s with a stable code.
 *
 * <p>Worked example: an Enterprise team on pay by invoice (net 30, online, ACH or wire) is billed
 * USD 495.00 on 2024-03-01; the invoice is due 2024-03-31 and no automatic attempt is made. A Basic
 * team with one card {@code visa ending 4242 (exp 2024-02)} gets {@code Impossible(CARD_EXPIRED)}
 * for an attempt on 2024-03-01 for USD 36.00.
 */
@NullMarked
package co.kafkaman.billing.rules.payment;

import org.jspecify.annotations.NullMarked;
