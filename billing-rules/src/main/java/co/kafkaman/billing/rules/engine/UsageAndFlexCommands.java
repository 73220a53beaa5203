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
package co.kafkaman.billing.rules.engine;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.BillingException;
import co.kafkaman.billing.model.InputLimits;
import co.kafkaman.billing.model.catalog.Catalog;
import co.kafkaman.billing.model.catalog.CatalogVersion;
import co.kafkaman.billing.model.catalog.ResourceId;
import co.kafkaman.billing.model.history.EntryKind;
import co.kafkaman.billing.model.history.NotificationIntent;
import co.kafkaman.billing.model.history.NotificationKind;
import co.kafkaman.billing.model.history.Recipients;
import co.kafkaman.billing.model.invoice.InvoiceLine;
import co.kafkaman.billing.model.team.Member;
import co.kafkaman.billing.model.team.Subscription;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.team.UsageLedger;
import co.kafkaman.billing.model.time.DateRange;
import co.kafkaman.billing.rules.calendar.CycleSchedule;
import co.kafkaman.billing.rules.change.ChangeDecision;
import co.kafkaman.billing.rules.change.Timing;
import co.kafkaman.billing.rules.flex.AutoFlexRollout;
import co.kafkaman.billing.rules.flex.FlexCycleEnd;
import co.kafkaman.billing.rules.flex.FlexRules;
import co.kafkaman.billing.rules.flex.MemberDecision;
import co.kafkaman.billing.rules.usage.UsageClosing;
import co.kafkaman.billing.rules.usage.UsageDecision;
import co.kafkaman.billing.rules.usage.UsageRules;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The engine side of usage, overage, members and auto-flex: turns the decisions of {@link
 * UsageRules} and {@link FlexRules} into transitions (history entries, one invoice, notification
 * intents) and refusals with their alternatives.
 */
final class UsageAndFlexCommands {
  // the engine's versionOf: the catalog version that prices a team
  private final Function<Team, CatalogVersion> catalogs;
  private final BillingPolicy policy;

  UsageAndFlexCommands(Function<Team, CatalogVersion> catalogs, BillingPolicy policy) {
    this.catalogs = catalogs;
    this.policy = policy;
  }

  /** Returns whether {@code command} is one of the commands decided here. */
  static boolean handles(Command command) {
    return command instanceof Command.RecordUsage
        || command instanceof Command.SetOverage
        || command instanceof Command.AddCustomDomain
        || command instanceof Command.RemoveCustomDomain
        || command instanceof Command.CloseUsageMonth
        || command instanceof Command.AddMember
        || command instanceof Command.RemoveMember
        || command instanceof Command.EnableAutoFlex
        || command instanceof Command.RemindAutoFlex;
  }

  Outcome decide(Team team, Command command, LocalDate asOf) {
    CatalogVersion pricing = catalogs.apply(team);
    Catalog catalog = pricing.catalog().inCurrency(team.currency());
    Transition transition = new Transition(command, team, asOf, policy);
    transition.pricedBy(pricing);
    if (command instanceof Command.RecordUsage reading) {
      return recordUsage(transition, reading);
    } else if (command instanceof Command.SetOverage set) {
      Subscription next =
          UsageRules.setOverage(
              team.subscription(), catalog, set.resource(), set.allowed(), set.effectiveFrom());
      transition.setTeam(team.withSubscription(next));
      String summary =
          "Overage of "
              + catalog.resource(set.resource()).plural()
              + (set.allowed() ? " allowed" : " disallowed")
              + " from "
              + set.effectiveFrom();
      transition.record(EntryKind.USAGE, summary);
      return transition.accept(summary);
    } else if (command instanceof Command.AddCustomDomain add) {
      UsageDecision decision = UsageRules.addCustomDomain(team, catalog, add.domain());
      if (decision instanceof UsageDecision.Refused refused) {
        ResourceId domains = UsageRules.CUSTOM_DOMAINS;
        return refused(
            command,
            team,
            refused,
            Optional.of(
                Command.ChangeSubscription.of(
                    derivedId(add.id(), "-buy-block"),
                    add.actor(),
                    team.subscription()
                        .terms()
                        .withBlocks(domains, team.subscription().terms().blocks(domains) + 1),
                    Timing.IMMEDIATELY)));
      }
      return recorded(transition, (UsageDecision.Recorded) decision);
    } else if (command instanceof Command.RemoveCustomDomain remove) {
      transition.setTeam(
          team.withSubscription(
              UsageRules.removeCustomDomain(team.subscription(), remove.domain())));
      String summary = "Custom domain '" + remove.domain() + "' removed";
      transition.record(EntryKind.USAGE, summary);
      return transition.accept(summary);
    } else if (command instanceof Command.CloseUsageMonth) {
      return closeUsageMonth(transition);
    } else if (command instanceof Command.AddMember add) {
      MemberDecision decision =
          FlexRules.addMember(
              team,
              catalog,
              new Member(add.memberId(), add.email(), add.roles(), asOf),
              add.actor(),
              asOf);
      if (decision instanceof MemberDecision.Refused refused) {
        return new Outcome.Refused(
            command,
            team,
            refused.code(),
            refused.field(),
            refused.reason(),
            Optional.of(
                Command.ChangeSubscription.of(
                    derivedId(add.id(), "-buy-seat"),
                    add.actor(),
                    team.subscription()
                        .terms()
                        .withSeats(team.subscription().terms().seats() + refused.seatsToBuy()),
                    Timing.IMMEDIATELY)));
      }
      return member(transition, (MemberDecision.Accepted) decision);
    } else if (command instanceof Command.RemoveMember remove) {
      if (team.memberCount() == 1 && team.member(remove.memberId()).isPresent()) {
        return new Outcome.Refused(
            command,
            team,
            BillingErrorCode.LAST_MEMBER_REMOVAL,
            "memberId",
            "'"
                + remove.memberId()
                + "' is the last member of team "
                + team.id()
                + "; add another member first",
            Optional.empty());
      }
      return member(
          transition,
          (MemberDecision.Accepted) FlexRules.removeMember(team, remove.memberId(), asOf));
    } else if (command instanceof Command.EnableAutoFlex enable) {
      Subscription next =
          FlexRules.optIn(
              team, catalog, policy.autoFlex(), enable.actor(), enable.termsAccepted(), asOf);
      transition.setTeam(team.withSubscription(next));
      String summary =
          "Auto-flex terms accepted by "
              + enable.actor()
              + " on "
              + asOf
              + "; auto-flex on from auto-flex cycle "
              + FlexRules.cycles(next).periodContaining(asOf);
      transition.record(EntryKind.AUTO_FLEX, summary);
      return transition.accept(summary);
    } else if (command instanceof Command.RemindAutoFlex) {
      Optional<NotificationIntent> reminder =
          FlexRules.reminder(team, catalog, policy.autoFlex(), policy.proration(), asOf);
      String summary =
          reminder
              .map(r -> "Auto-flex reminder: " + r.message())
              .orElse("Auto-flex reminder: no users added, nothing to remind");
      reminder.ifPresent(transition::notify);
      transition.record(EntryKind.AUTO_FLEX, summary);
      return transition.accept(summary);
    }
    throw new IllegalStateException("unhandled command " + command);
  }

  /** Refuses an immediate change that would remove seats billed through auto-flex. */
  Optional<Outcome> lockedSeats(Team team, Command.ChangeSubscription change) {
    if (change.request().timing() != Timing.IMMEDIATELY) {
      return Optional.empty();
    }
    // tested before refusing: a refusal built in a lambda would be allocated on every change
    Optional<String> removed =
        FlexRules.lockedSeatsRemoved(team.subscription(), change.request().target());
    if (removed.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Outcome.Refused(
            change,
            team,
            BillingErrorCode.FLEX_SEATS_LOCKED,
            "target.seats",
            removed.get(),
            Optional.of(BillingEngine.onRenewal(change))));
  }

  /**
   * Adds to an immediate change that starts a new term (a purchase, monthly to annual) what the new
   * term means for usage and auto-flex: the open usage month closes on the change day (its overage
   * goes on the change's invoice), a fresh auto-flex cycle starts, and a purchase turns auto-flex
   * on where a {@code PURCHASED_AFTER} rollout applies.
   */
  ChangeDecision withNewTerm(Team team, ChangeDecision decision, LocalDate asOf) {
    if (!(decision instanceof ChangeDecision.Immediately now)) {
      return decision;
    }
    Catalog catalog = catalogs.apply(team).catalog().inCurrency(team.currency());
    Subscription before = team.subscription();
    Subscription after = now.subscription();
    boolean purchase =
        catalog.plan(before.terms().plan()).isFree()
            && !catalog.plan(after.terms().plan()).isFree();
    if (!purchase
        && after.currentCycle().equals(before.currentCycle())
        && after.anchor().equals(before.anchor())) {
      return decision;
    }
    List<InvoiceLine> lines = new ArrayList<>(now.lines());
    StringBuilder summary = new StringBuilder(now.summary());
    DateRange firstMonth = CycleSchedule.usageMonths(after.anchor()).period(0);
    Optional<UsageLedger> open = before.usage();
    // a new term that keeps the anchor keeps its usage months (ChangePolicy.keepsAnniversary)
    boolean anchorKept = !purchase && after.anchor().equals(before.anchor());
    if (open.isPresent() && !anchorKept) {
      UsageLedger ledger = open.get();
      DateRange month = ledger.usageMonth();
      if (month.start().isBefore(asOf)) {
        UsageLedger cut = new UsageLedger(DateRange.of(month.start(), asOf), ledger.tallies());
        List<InvoiceLine> overage = UsageRules.overageLines(cut, before.terms(), catalog);
        lines.addAll(overage);
        summary
            .append("; usage month closed early on ")
            .append(asOf)
            .append(overage.isEmpty() ? " without overage" : " with its overage");
        after = after.withUsage(Optional.of(UsageLedger.of(firstMonth)));
      } else {
        after = after.withUsage(Optional.of(new UsageLedger(firstMonth, ledger.tallies())));
      }
    }
    after = FlexRules.restarted(after, asOf, team.memberCount());
    if (purchase) {
      Team purchased = team.withSubscription(after);
      Optional<AutoFlexRollout> rollout =
          FlexRules.enabledBy(
              purchased,
              catalog,
              policy.autoFlex(),
              AutoFlexRollout.Trigger.PURCHASED_AFTER,
              after.purchasedOn());
      if (rollout.isPresent()) {
        after = FlexRules.enabled(purchased, asOf);
        summary.append("; auto-flex on (").append(rollout.get()).append(')');
      }
    }
    return new ChangeDecision.Immediately(after, lines, summary.toString());
  }

  private Outcome recordUsage(Transition transition, Command.RecordUsage reading) {
    Team team = transition.team();
    Catalog catalog = catalogs.apply(team).catalog().inCurrency(team.currency());
    requireInUsageMonth(team.subscription(), reading.at(), transition.asOf());
    UsageDecision decision =
        UsageRules.record(
            team,
            catalog,
            reading.resource(),
            reading.quantity(),
            reading.source(),
            reading.at(),
            transition.asOf());
    if (decision instanceof UsageDecision.Refused refused) {
      return refused(
          reading,
          team,
          refused,
          refused.remaining() > 0
              ? Optional.of(
                  new Command.RecordUsage(
                      reading.id(),
                      reading.actor(),
                      reading.resource(),
                      refused.remaining(),
                      reading.source(),
                      reading.at()))
              : Optional.empty());
    }
    return recorded(transition, (UsageDecision.Recorded) decision);
  }

  private static Outcome recorded(Transition transition, UsageDecision.Recorded recorded) {
    Team team = transition.team().withSubscription(recorded.subscription());
    transition.setTeam(team);
    transition.record(EntryKind.USAGE, recorded.summary());
    if (recorded.limitReached()) {
      transition.notify(
          new NotificationIntent(
              NotificationKind.USAGE_LIMIT_REACHED,
              Recipients.BILLING_AND_ADMINS,
              team.emails(Recipients.BILLING_AND_ADMINS),
              transition.asOf(),
              "Limit reached: " + recorded.summary()));
    }
    return transition.accept(recorded.summary());
  }

  private static Outcome member(Transition transition, MemberDecision.Accepted accepted) {
    transition.setTeam(accepted.team());
    transition.record(EntryKind.MEMBERSHIP_CHANGED, accepted.summary());
    return transition.accept(accepted.summary());
  }

  private static Outcome refused(
      Command command, Team team, UsageDecision.Refused refused, Optional<Command> alternative) {
    return new Outcome.Refused(
        command, team, refused.code(), refused.field(), refused.reason(), alternative);
  }

  private Outcome closeUsageMonth(Transition transition) {
    Team team = transition.team();
    Catalog catalog = catalogs.apply(team).catalog().inCurrency(team.currency());
    LocalDate asOf = transition.asOf();
    Subscription subscription = team.subscription();
    DateRange cycle = subscription.currentCycle();
    Command command = transition.command();
    if (asOf.equals(cycle.endExclusive())) {
      return new Outcome.Refused(
          command,
          team,
          BillingErrorCode.DATE_OUT_OF_RANGE,
          "asOf",
          "the billing cycle "
              + cycle
              + " ends on "
              + asOf
              + ": Renew closes its last usage month and auto-flex cycle",
          Optional.of(new Command.Renew(command.id(), command.actor())));
    }
    BillingException.check(
        cycle.contains(asOf) && asOf.isAfter(cycle.start()),
        BillingErrorCode.DATE_OUT_OF_RANGE,
        "asOf",
        () -> asOf + " is not inside the current cycle " + cycle);
    CycleSchedule months = UsageRules.usageMonths(subscription);
    DateRange month = months.periodContaining(asOf);
    BillingException.check(
        month.start().equals(asOf),
        BillingErrorCode.DATE_OUT_OF_RANGE,
        "asOf",
        () -> asOf + " does not end a usage month; the open one ends on " + month.endExclusive());
    boolean monthOpen =
        subscription.usage().map(l -> !l.usageMonth().endExclusive().isAfter(asOf)).orElse(true);
    UsageClosing usage = UsageRules.close(team, catalog, asOf);
    Team closed =
        monthOpen
            ? team.withSubscription(subscription.withUsage(Optional.of(UsageLedger.of(month))))
            : team;
    CycleSchedule flexCycles = FlexRules.cycles(subscription);
    boolean flexEnds =
        FlexRules.isActive(team, catalog)
            && flexCycles.periodContaining(asOf).start().equals(asOf)
            && subscription.autoFlexCycle().map(l -> l.start().isBefore(asOf)).orElse(true);
    BillingException.check(
        monthOpen || flexEnds,
        BillingErrorCode.NOTHING_TO_CHANGE,
        "asOf",
        () -> "the usage month ending on " + asOf + " is already closed");
    List<InvoiceLine> lines = new ArrayList<>(usage.lines());
    String summary = usage.summary();
    transition.setTeam(closed);
    transition.record(
        usage.lines().isEmpty() ? EntryKind.USAGE : EntryKind.OVERAGE_CHARGED, usage.summary());
    if (flexEnds) {
      FlexCycleEnd end =
          FlexRules.endCycle(closed, catalog, policy.autoFlex(), policy.proration(), asOf);
      transition.setTeam(closed.withSubscription(end.subscription()));
      transition.record(EntryKind.AUTO_FLEX, end.summary());
      lines.addAll(end.lines());
      summary = summary + "; " + end.summary();
      if (end.billedUsers() > 0) {
        transition.notify(FlexRules.billed(closed, end, asOf));
      }
    }
    transition.issue(lines);
    return transition.accept(summary);
  }

  /**
   * Checks that the instant of a reading recorded on {@code asOf} falls in the usage month it is
   * counted in, and not after {@code asOf}, in some time zone (UTC-18:00 to UTC+18:00): a reading
   * of {@code 2024-03-31T23:30-05:00} recorded on 2024-03-31 is in {@code [2024-03-01,
   * 2024-04-01)}; one of 2019 is refused with {@code DATE_OUT_OF_RANGE [at]}. A date outside the
   * open usage month is left to the usage rules, which refuse it for {@code asOf}.
   */
  private static void requireInUsageMonth(Subscription subscription, Instant at, LocalDate asOf) {
    DateRange month =
        subscription
            .usage()
            .map(UsageLedger::usageMonth)
            .orElseGet(() -> UsageRules.usageMonths(subscription).periodContaining(asOf));
    if (!month.contains(asOf)) {
      return;
    }
    LocalDate endExclusive =
        month.endExclusive().isAfter(asOf.plusDays(1)) ? asOf.plusDays(1) : month.endExclusive();
    Instant from = month.start().atStartOfDay().toInstant(ZoneOffset.MAX);
    Instant until = endExclusive.atStartOfDay().toInstant(ZoneOffset.MIN);
    BillingException.check(
        !at.isBefore(from) && at.isBefore(until),
        BillingErrorCode.DATE_OUT_OF_RANGE,
        "at",
        () ->
            at
                + " is not in the usage month "
                + month
                + " up to the billing date "
                + asOf
                + " in any time zone; the reading is recorded in that month");
  }

  /**
   * Returns the id of a command derived from {@code id}, such as the alternative {@code
   * "c-7-buy-seat"} of a refused {@code "c-7"}: {@code id + suffix}, its head cut so that the
   * result is an id too.
   */
  private static String derivedId(String id, String suffix) {
    int room = InputLimits.MAX_ID_LENGTH - suffix.length();
    return (id.length() <= room ? id : id.substring(0, room)) + suffix;
  }
}
