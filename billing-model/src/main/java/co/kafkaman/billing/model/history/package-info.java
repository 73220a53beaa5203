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
