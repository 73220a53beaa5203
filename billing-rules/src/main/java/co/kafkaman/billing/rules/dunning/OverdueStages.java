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
package co.kafkaman.billing.rules.dunning;

import co.kafkaman.billing.model.history.EntryKind;
import co.kafkaman.billing.model.history.Summary;
import co.kafkaman.billing.model.payment.Receivable;
import co.kafkaman.billing.model.team.Team;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The overdue stages of unpaid invoices, for {@link DunningRules}: which stage blocks changes on a
 * date ({@link DunningRules#changesBlocked} asks), and the history of the stages that do not
 * deactivate: {@code OVERDUE_STAGE_REACHED} once per stage and invoice when a dunning evaluation
 * finds it reached, {@code OVERDUE_STAGE_LEFT} when the invoice stops being collected.
 *
 * <p>Example: stage {@code blocked} 10 days after the due date of KB-000001 (USD 36.00, due
 * 2024-03-01): reached on 2024-03-11; an evaluation on 03-10 records nothing, one on 03-11 {@code
 * overdue stage 'blocked' reached on 2024-03-11: KB-000001 (USD 36.00) unpaid 10 days after its due
 * date 2024-03-01; immediate changes are refused}, one on 03-13 nothing more; paid on 03-14, {@code
 * overdue stage 'blocked' left on 2024-03-14: KB-000001 (USD 36.00) paid, in the stage since
 * 2024-03-11; no overdue stage refuses immediate changes any more}.
 */
final class OverdueStages {
  private OverdueStages() {}

  /**
   * Records each overdue stage that does not deactivate, reached on {@code asOf} by an unpaid
   * invoice and not recorded yet: an {@code OVERDUE_STAGE_REACHED} entry, and the stage in the
   * receivable. Empty (nothing made) when there is none, as on most evaluations.
   */
  static Optional<DunningStep> reached(Team team, LocalDate asOf, DunningPolicy policy) {
    List<Receivable> all = team.receivables();
    @Nullable List<Receivable> receivables = null;
    @Nullable List<DunningStep.Entry> entries = null;
    for (int i = 0; i < all.size(); i++) {
      Receivable receivable = all.get(i);
      Receivable updated = receivable;
      for (OverdueStage stage : policy.termsOn(receivable.dueDate()).stages()) {
        if (reachedOn(receivable, stage).isAfter(asOf)) {
          break; // stages are in day order
        }
        if (stage.has(OverdueEffect.DEACTIVATE) || receivable.hasReached(stage.name())) {
          continue; // deactivation is the standing's to record
        }
        updated = updated.plusStageReached(stage.name());
        entries = entries == null ? new ArrayList<>(1) : entries;
        entries.add(
            new DunningStep.Entry(
                EntryKind.OVERDUE_STAGE_REACHED, reachedSummary(team, receivable, stage)));
      }
      if (updated != receivable) {
        receivables = receivables == null ? new ArrayList<>(all) : receivables;
        receivables.set(i, updated);
      }
    }
    if (entries == null || receivables == null) {
      return Optional.empty();
    }
    return Optional.of(
        new DunningStep(
            team.withReceivables(receivables),
            Summary.of(entries.get(0).summary()),
            entries,
            List.of()));
  }

  /**
   * The entries of the overdue stages left when invoice {@code number} of {@code before} stops
   * being collected ({@code after} no longer holds its receivable) because it is {@code why} (paid,
   * void, written off): for each stage that does not deactivate and that the invoice has reached on
   * {@code asOf}, an {@code OVERDUE_STAGE_REACHED} entry first if no evaluation recorded it yet (so
   * every stage left was reached in the history), then an {@code OVERDUE_STAGE_LEFT} entry each.
   * Empty when the invoice reached none.
   */
  static List<DunningStep.Entry> left(
      Team before, Team after, String number, String why, LocalDate asOf, DunningPolicy policy) {
    Optional<Receivable> closed = before.receivable(number);
    if (closed.isEmpty()) {
      return List.of();
    }
    Receivable receivable = closed.get();
    // most invoices are paid before any stage: no list made for them
    @Nullable List<OverdueStage> stages = null;
    for (OverdueStage stage : policy.termsOn(receivable.dueDate()).stages()) {
      if (reachedOn(receivable, stage).isAfter(asOf)) {
        break; // stages are in day order
      }
      if (!stage.has(OverdueEffect.DEACTIVATE)) {
        stages = stages == null ? new ArrayList<>(1) : stages;
        stages.add(stage);
      }
    }
    if (stages == null) {
      return List.of();
    }
    List<DunningStep.Entry> entries = new ArrayList<>(2 * stages.size());
    for (OverdueStage stage : stages) {
      if (!receivable.hasReached(stage.name())) {
        entries.add(
            new DunningStep.Entry(
                EntryKind.OVERDUE_STAGE_REACHED, reachedSummary(before, receivable, stage)));
      }
    }
    for (OverdueStage stage : stages) {
      entries.add(
          new DunningStep.Entry(
              EntryKind.OVERDUE_STAGE_LEFT,
              leftSummary(before, after, receivable, stage, why, asOf, policy)));
    }
    return entries;
  }

  /** The first day {@code receivable}'s invoice is in {@code stage} if unpaid. */
  static LocalDate reachedOn(Receivable receivable, OverdueStage stage) {
    return receivable.dueDate().plusDays(stage.daysAfterDue());
  }

  private static String reachedSummary(Team team, Receivable receivable, OverdueStage stage) {
    return "overdue stage '"
        + stage.name()
        + "' reached on "
        + reachedOn(receivable, stage)
        + ": "
        + receivable.invoiceNumber()
        + " ("
        + DunningRules.amountOf(team, receivable)
        + ") unpaid "
        + stage.daysAfterDue()
        + (stage.daysAfterDue() == 1 ? " day" : " days")
        + " after its due date "
        + receivable.dueDate()
        + (stage.has(OverdueEffect.BLOCK_CHANGES) ? "; immediate changes are refused" : "");
  }

  private static String leftSummary(
      Team before,
      Team after,
      Receivable receivable,
      OverdueStage stage,
      String why,
      LocalDate asOf,
      DunningPolicy policy) {
    String summary =
        "overdue stage '"
            + stage.name()
            + "' left on "
            + asOf
            + ": "
            + receivable.invoiceNumber()
            + " ("
            + DunningRules.amountOf(before, receivable)
            + ") "
            + why
            + ", in the stage since "
            + reachedOn(receivable, stage);
    if (!stage.has(OverdueEffect.BLOCK_CHANGES)) {
      return summary;
    }
    @Nullable Blocking still = blocking(after, asOf, policy);
    return still == null
        ? summary + "; no overdue stage refuses immediate changes any more"
        : summary
            + "; immediate changes are still refused: "
            + still.receivable().invoiceNumber()
            + " is in overdue stage '"
            + still.stage().name()
            + "'";
  }

  /** An unpaid invoice's receivable and the overdue stage it is in that blocks changes. */
  record Blocking(Receivable receivable, OverdueStage stage) {}

  /** The first receivable in a stage with {@code BLOCK_CHANGES} on {@code asOf}, or null. */
  static @Nullable Blocking blocking(Team team, LocalDate asOf, DunningPolicy policy) {
    // checked on every immediate change: no list per receivable
    // and no day count unless a stage blocks changes (the kafkaman policy has none)
    for (Receivable receivable : team.receivables()) {
      for (OverdueStage stage : policy.termsOn(receivable.dueDate()).stages()) {
        if (stage.has(OverdueEffect.BLOCK_CHANGES)
            && stage.daysAfterDue() <= ChronoUnit.DAYS.between(receivable.dueDate(), asOf)) {
          return new Blocking(receivable, stage);
        }
      }
    }
    return null;
  }
}
