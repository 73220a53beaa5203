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
package co.kafkaman.billing.model.team;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.BillingException;
import co.kafkaman.billing.model.catalog.CatalogVersion;
import co.kafkaman.billing.model.catalog.ResourceId;
import co.kafkaman.billing.model.internal.ModelStyle;
import co.kafkaman.billing.model.time.DateRange;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A team's subscription: the current {@link Terms}, the anchor its cycles are counted from, the
 * current cycle, what was billed in it ({@link BilledItem}s, the basis of proration credits), the
 * terms for the next cycle (pending "On renewal" changes and standing instructions), auto-flex and
 * overage settings.
 *
 * <p>Immutable and thread-safe.
 *
 * <p>Example: Basic, monthly, 5 seats, anchor 2024-01-31, current cycle {@code [2024-02-29,
 * 2024-03-31)}, next terms "Professional, 5 seats" (an upgrade on renewal).
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
public abstract class Subscription {

  Subscription() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Subscription}; obtain one from {@link Subscription#builder()}. */
  public static final class Builder extends ImmutableSubscription.Builder {
    Builder() {}
  }

  /**
   * Returns the terms of the current cycle.
   *
   * @return the current terms
   */
  public abstract Terms terms();

  /**
   * Returns the anchor: cycle boundary {@code n} is {@code anchor + n periods}, month-end clamped.
   *
   * @return the anchor date of the current term
   */
  public abstract LocalDate anchor();

  /**
   * Returns the current billing cycle.
   *
   * @return the cycle, {@code [start, end)}
   */
  public abstract DateRange currentCycle();

  /**
   * Returns the date the team first bought a paid plan (auto-flex eligibility depends on it).
   *
   * @return the purchase date
   */
  public abstract LocalDate purchasedOn();

  /**
   * Returns what was billed in the current cycle and what was credited back of it.
   *
   * @return the billed items
   */
  public abstract List<BilledItem> billedItems();

  /**
   * Returns the terms the next cycle starts with, when they differ from renewing unchanged:
   * standing instructions and accepted "On renewal" changes.
   *
   * @return the next terms, or empty to renew unchanged
   */
  public abstract Optional<Terms> nextTerms();

  /**
   * Returns whether auto-flex is on: admins may add members beyond paid seats, billed at the end of
   * the auto-flex cycle.
   *
   * @return true when auto-flex is enabled
   */
  @Value.Default
  public boolean autoFlexEnabled() {
    return false;
  }

  /**
   * Returns the seats billed through auto-flex in the current term; they cannot be removed until
   * the plan renews.
   *
   * @return the locked flex seats, zero or more
   */
  @Value.Default
  public int lockedFlexSeats() {
    return 0;
  }

  /**
   * Returns every overage setting ever made, oldest first.
   *
   * @return the settings
   */
  public abstract List<OverageSetting> overageSettings();

  /**
   * Returns the usage of the open usage month, empty until the first usage is recorded.
   *
   * @return the usage ledger, or empty
   */
  public abstract Optional<UsageLedger> usage();

  /**
   * Returns the custom domains in use (a hard-limited resource).
   *
   * @return the domains, in the order added
   */
  public abstract List<String> customDomains();

  /**
   * Returns the open auto-flex cycle with its member count changes, present while auto-flex is on.
   *
   * @return the open auto-flex cycle, or empty
   */
  public abstract Optional<AutoFlexCycle> autoFlexCycle();

  /**
   * Returns who accepted the auto-flex terms and when, present when the team opted in.
   *
   * @return the acceptance, or empty
   */
  public abstract Optional<AutoFlexAcceptance> autoFlexAcceptance();

  // --- trial and ending (issue 11, lifecycle) ---

  /**
   * Returns the end of the free trial while the team is in it: the current cycle is then the trial
   * {@code [created, trialEnd)}, nothing is billed for it, and the renewal on {@code trialEnd}
   * starts the first paid cycle anchored on that date.
   *
   * @return the trial's end (exclusive), or empty outside a trial
   * @since 0.1.0
   */
  public abstract Optional<LocalDate> trialEnd();

  /**
   * Returns the date a cancelled subscription ends: the end of the current cycle (or of the trial).
   * The renewal due that day ends the subscription instead of starting a next cycle.
   *
   * @return the end date, or empty when the subscription renews
   * @since 0.1.0
   */
  public abstract Optional<LocalDate> endsOn();

  /**
   * Returns whether the subscription has ended: it bills nothing more, has no agenda, and refuses
   * changes, renewals and usage ({@code SUBSCRIPTION_ENDED}).
   *
   * @return true once ended
   * @since 0.1.0
   */
  @Value.Default
  public boolean ended() {
    return false;
  }

  /**
   * Returns whether the current cycle is a free trial.
   *
   * @return true while {@link #trialEnd()} is present
   * @since 0.1.0
   */
  public boolean inTrial() {
    return trialEnd().isPresent();
  }

  /**
   * Returns a copy with another trial end.
   *
   * @param trialEnd the trial's end, or empty
   * @return the copy
   * @since 0.1.0
   */
  public abstract Subscription withTrialEnd(Optional<? extends LocalDate> trialEnd);

  /**
   * Returns a copy with another end date.
   *
   * @param endsOn the date the subscription ends, or empty to renew
   * @return the copy
   * @since 0.1.0
   */
  public abstract Subscription withEndsOn(Optional<? extends LocalDate> endsOn);

  /**
   * Returns a copy ended or not.
   *
   * @param ended whether the subscription has ended
   * @return the copy
   * @since 0.1.0
   */
  public abstract Subscription withEnded(boolean ended);

  /**
   * Returns the day billing was paused on, where the change policy offers pause: nothing is billed
   * or renewed until a resume starts a new cycle; the current cycle ends on that day.
   *
   * @return the pause day, or empty when the subscription runs
   * @since 0.1.0
   */
  public abstract Optional<LocalDate> pausedOn();

  /**
   * Returns whether billing is paused.
   *
   * @return true while {@link #pausedOn()} is present
   * @since 0.1.0
   */
  public boolean paused() {
    return pausedOn().isPresent();
  }

  /**
   * Returns a copy paused on a day, or running.
   *
   * @param pausedOn the pause day, or empty to run
   * @return the copy
   * @since 0.1.0
   */
  public abstract Subscription withPausedOn(Optional<? extends LocalDate> pausedOn);

  /**
   * Returns the day of the month the cycles align to from the next renewal on: a bill-cycle-day
   * change waiting for the current cycle's end, or the billing day of a team created on a free
   * trial. The renewal then bills the bridge from the current cycle's end to the first such day pro
   * rata over the period of the new day that contains it, and counts the cycles after it from the
   * new day. Example: monthly, cycles on the 1st, day 11 asked during June: the renewal on
   * 2024-07-01 bills {@code [2024-07-01, 2024-07-11)}, 10/30 of the period {@code [2024-06-11,
   * 2024-07-11)}, and the next cycle is {@code [2024-07-11, 2024-08-11)}.
   *
   * @return the day, 1 to 31, or empty when the cycles keep their anchor
   * @since 0.1.0
   */
  public abstract Optional<Integer> nextBillingDay();

  /**
   * Returns a copy that aligns its cycles to another day from the next renewal on.
   *
   * @param day the day of the month, 1 to 31, or empty to keep the anchor
   * @return the copy
   * @since 0.1.0
   */
  public abstract Subscription withNextBillingDay(Optional<Integer> day);

  /**
   * Returns whether overage of {@code resource} is allowed at {@code at}: the latest setting
   * effective at or before {@code at}; disallowed when there is none.
   *
   * @param resource monitoring requests or mock server calls
   * @param at the instant asked about
   * @return true when overage is allowed then
   */
  public boolean isOverageAllowed(ResourceId resource, Instant at) {
    boolean allowed = false;
    for (OverageSetting setting : overageSettings()) {
      if (setting.resource().equals(resource) && !setting.effectiveFrom().isAfter(at)) {
        allowed = setting.allowed();
      }
    }
    return allowed;
  }

  /**
   * Returns the subscription for its next term: {@code terms} for {@code cycle} (anchored on {@code
   * anchor}), with {@code billedItems} and {@code usage}, no standing instructions and no locked
   * flex seats, no trial, no end date and no pending billing day; everything else (purchase date,
   * auto-flex, overage settings, custom domains, catalog version) as here; not paused. Only what
   * changes is copied, and the current term's billed items are not read: a batch renews teams that
   * are cold in memory.
   *
   * @param terms the next term's terms
   * @param anchor the anchor of the next term's cycles
   * @param cycle the next billing cycle
   * @param billedItems what the renewal billed
   * @param usage the usage ledger of the next term, or empty when usage is not metered
   * @return the copy
   */
  public Subscription renewedAs(
      Terms terms,
      LocalDate anchor,
      DateRange cycle,
      List<BilledItem> billedItems,
      Optional<UsageLedger> usage) {
    // withers, not a builder: each one that changes nothing returns the same object, and a renewal
    // usually changes only the cycle, the billed items and the usage ledger (one copy each, each
    // list copied once). The order keeps every intermediate copy valid for check(): the trial,
    // the end date and the locked seats are cleared before the terms and the cycle move, the
    // cycle moves before the anchor, and "not ended, not paused" waits for the non-empty cycle.
    ImmutableSubscription self = (ImmutableSubscription) this;
    return self.withTrialEnd(Optional.empty())
        .withEndsOn(Optional.empty())
        .withLockedFlexSeats(0)
        .withNextBillingDay(Optional.empty())
        .withNextTerms(Optional.empty())
        .withTerms(terms)
        .withCurrentCycle(cycle)
        .withAnchor(anchor)
        .withEnded(false)
        .withPausedOn(Optional.empty())
        .withBilledItems(billedItems)
        .withUsage(usage);
  }

  /**
   * Returns the catalog version that prices this subscription: the version in effect when the team
   * was created, then the one its renewals moved it to ({@link
   * co.kafkaman.billing.model.catalog.VersionAdoption}). Empty for a subscription built without one
   * (fixtures, teams of earlier releases): the engine then prices it with the version in effect on
   * the current cycle's start.
   *
   * @return the version, or empty
   */
  public abstract Optional<CatalogVersion> catalogVersion();

  /**
   * Returns a copy priced by another catalog version.
   *
   * @param version the version, or empty
   * @return the copy
   */
  public abstract Subscription withCatalogVersion(Optional<? extends CatalogVersion> version);

  /**
   * Returns a copy with other terms.
   *
   * @param terms the terms
   * @return the copy
   */
  public abstract Subscription withTerms(Terms terms);

  /**
   * Returns a copy with other billed items.
   *
   * @param items the billed items
   * @return the copy
   */
  public abstract Subscription withBilledItems(Iterable<? extends BilledItem> items);

  /**
   * Returns a copy with other next terms.
   *
   * @param nextTerms the next terms, or empty
   * @return the copy
   */
  public abstract Subscription withNextTerms(Optional<? extends Terms> nextTerms);

  /**
   * Returns a copy with auto-flex on or off.
   *
   * @param enabled whether auto-flex is on
   * @return the copy
   */
  public abstract Subscription withAutoFlexEnabled(boolean enabled);

  /**
   * Returns a copy with another count of locked flex seats.
   *
   * @param seats the locked flex seats
   * @return the copy
   */
  public abstract Subscription withLockedFlexSeats(int seats);

  /**
   * Returns a copy with other overage settings.
   *
   * @param settings the settings, oldest first
   * @return the copy
   */
  public abstract Subscription withOverageSettings(Iterable<? extends OverageSetting> settings);

  /**
   * Returns a copy with another usage ledger.
   *
   * @param usage the ledger of the open usage month, or empty
   * @return the copy
   */
  public abstract Subscription withUsage(Optional<? extends UsageLedger> usage);

  /**
   * Returns a copy with other custom domains in use.
   *
   * @param domains the domains
   * @return the copy
   */
  public abstract Subscription withCustomDomains(Iterable<String> domains);

  /**
   * Returns a copy with another open auto-flex cycle.
   *
   * @param cycle the cycle, or empty
   * @return the copy
   */
  public abstract Subscription withAutoFlexCycle(Optional<? extends AutoFlexCycle> cycle);

  /**
   * Returns a copy with another auto-flex acceptance.
   *
   * @param acceptance the acceptance, or empty
   * @return the copy
   */
  public abstract Subscription withAutoFlexAcceptance(
      Optional<? extends AutoFlexAcceptance> acceptance);

  // Runs for every copy (each with* call): each condition is tested here and its message joined by
  // BillingException.refusal only when it fails, which keeps check() small enough for the JIT to
  // inline into every copy.
  @Value.Check
  void check() {
    DateRange cycle = currentCycle();
    if (cycle.start().isBefore(anchor())) {
      throw BillingException.refusal(
          BillingErrorCode.INCONSISTENT_STATE,
          "currentCycle",
          cycle,
          " starts before the anchor " + anchor());
    }
    // a subscription cancelled or paused on its cycle's first day stops with an empty cycle
    if (cycle.isEmpty() && !ended() && !paused()) {
      throw BillingException.refusal(
          BillingErrorCode.INCONSISTENT_STATE, "currentCycle", cycle, " is empty");
    }
    if (trialEnd().isPresent() && !trialEnd().get().equals(cycle.endExclusive())) {
      throw BillingException.refusal(
          BillingErrorCode.INCONSISTENT_STATE,
          "trialEnd",
          "trial end " + trialEnd().get(),
          " is not the end of the cycle " + cycle);
    }
    if (endsOn().isPresent() && !endsOn().get().equals(cycle.endExclusive())) {
      throw BillingException.refusal(
          BillingErrorCode.INCONSISTENT_STATE,
          "endsOn",
          "end date " + endsOn().get(),
          " is not the end of the cycle " + cycle);
    }
    if (nextBillingDay().isPresent()
        && (nextBillingDay().get() < 1 || nextBillingDay().get() > 31)) {
      throw BillingException.refusal(
          BillingErrorCode.INCONSISTENT_STATE,
          "nextBillingDay",
          nextBillingDay().get(),
          " is not a day of the month (1 to 31)");
    }
    if (lockedFlexSeats() < 0 || lockedFlexSeats() > terms().seats()) {
      throw BillingException.refusal(
          BillingErrorCode.INCONSISTENT_STATE,
          "lockedFlexSeats",
          lockedFlexSeats(),
          " is outside [0, seats " + terms().seats() + "]");
    }
  }
}
