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
 * Payment: {@link co.kafkaman.billing.model.payment.CardReference} (a processor token, brand, last
 * four digits and expiry; never a card number), {@link
 * co.kafkaman.billing.model.payment.CollectionMethod} (card auto-charge or pay by invoice with net
 * terms and {@link co.kafkaman.billing.model.payment.PaymentChannel}s), and {@link
 * co.kafkaman.billing.model.payment.PaymentAttempt}s with their {@link
 * co.kafkaman.billing.model.payment.PaymentOutcome}; a {@link
 * co.kafkaman.billing.model.payment.Receivable} is the collection timeline of one unpaid invoice
 * (attempts planned, grace end, attempts reported).
 *
 * <p>Worked example: an invoice issued 2024-03-01 to a card team is due 2024-03-01; to a
 * pay-by-invoice team with net 30, due 2024-03-31. A card expiring 2024-02 fails a charge on
 * 2024-03-01 as expired.
 */
@NullMarked
package co.kafkaman.billing.model.payment;

import org.jspecify.annotations.NullMarked;
