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
 * Account history: append-only {@link co.kafkaman.billing.model.history.HistoryEntry}s of a {@link
 * co.kafkaman.billing.model.history.EntryKind}, each with a caller-supplied id, a date, an actor, a
 * summary and a {@link co.kafkaman.billing.model.history.HistoryPayload} (the command that caused
 * it, so a history can be replayed).
 *
 * <p>A team's entries form a {@link co.kafkaman.billing.model.history.History}: a read-only list
 * that grows without copying and finds a command's entries by id without reading the others'.
 *
 * <p>Worked example: command {@code c-17} adding 2 seats on 2024-03-15 leaves two entries: {@code
 * c-17} ({@code SUBSCRIPTION_CHANGED}, payload: the command) and {@code c-17/1} ({@code
 * INVOICE_ISSUED}, "invoice KB-000007, total USD 13.16").
 */
@NullMarked
package co.kafkaman.billing.model.history;

import org.jspecify.annotations.NullMarked;
