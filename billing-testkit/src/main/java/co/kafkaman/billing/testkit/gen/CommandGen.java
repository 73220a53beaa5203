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
package co.kafkaman.billing.testkit.gen;

import co.kafkaman.billing.model.catalog.Catalog;
import co.kafkaman.billing.model.catalog.PlanId;
import co.kafkaman.billing.model.catalog.Resource;
import co.kafkaman.billing.model.catalog.ResourceId;
import co.kafkaman.billing.model.invoice.Invoice;
import co.kafkaman.billing.model.invoice.InvoiceStatus;
import co.kafkaman.billing.model.payment.CollectionMethod;
import co.kafkaman.billing.model.payment.PaymentChannel;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.team.Terms;
import co.kafkaman.billing.rules.change.ChangeRequest;
import co.kafkaman.billing.rules.change.Timing;
import co.kafkaman.billing.rules.engine.Command;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generates one kind of command for a team as it is on a date: the unit {@link LifeGen} composes
 * into whole lives. A command may well be refused (a downgrade asked for "Immediately"); lives
 * contain refusals on purpose.
 *
 * <p>Each engine command kind gets one implementation; a new command (usage, members, cards,
 * payments) plugs in as another {@code CommandGen} passed to {@link LifeGen#withCommands(int,
 * CommandGen)}, without changing the generators that exist. The ones here cover the engine's
 * subscription commands: {@link #changes()}, {@link #standingInstructions()} and {@link
 * #clearStandingInstructions()}, members joining and leaving: {@link #memberChanges()}, and usage
 * readings and overage settings: {@link #usage()}, late payments, voids and collection methods:
 * {@link #payments()}, and opting in to auto-flex: {@link #autoFlexOptIn()}.
 *
 * <p>Example: {@code changes().commandsFor(team, catalog, 2024-03-15, "c-7")} yields {@code
 * ChangeSubscription c-7: BASIC MONTHLY, 3 seats -> BASIC MONTHLY, 5 seats, IMMEDIATELY}, among
 * others.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface CommandGen {

  /**
   * Returns a generator of commands for {@code team} on {@code asOf}.
   *
   * @param team the team as it is on {@code asOf}
   * @param catalog the engine's catalog
   * @param asOf the date the command will be applied on
   * @param commandId the id the command must carry (unique in the life)
   * @return the generator
   */
  Gen<Command> commandsFor(Team team, Catalog catalog, LocalDate asOf, String commandId);

  /**
   * Returns plan, seat, frequency and add-on changes ({@link TeamGen#changedTerms}), "Immediately"
   * two times in three, sales-assisted one time in ten; the actor is the team's first member.
   *
   * @return the command generator
   */
  static CommandGen changes() {
    Gen<Timing> timings =
        Generate.frequency(
            List.of(
                Pair.of(2, Generate.constant(Timing.IMMEDIATELY)),
                Pair.of(1, Generate.constant(Timing.ON_RENEWAL))));
    Gen<Boolean> salesAssisted =
        Generate.frequency(
            List.of(Pair.of(9, Generate.constant(false)), Pair.of(1, Generate.constant(true))));
    return (team, catalog, asOf, id) ->
        TeamGen.changedTerms(team.subscription().terms(), catalog)
            .zip(
                timings,
                salesAssisted,
                (target, timing, sales) ->
                    new Command.ChangeSubscription(
                        id, actor(team), new ChangeRequest(target, timing, sales)));
  }

  /**
   * Returns standing instructions for the next cycle: terms near the current ones, or the catalog's
   * free plan (cancelling) one time in five when it has one.
   *
   * @return the command generator
   */
  static CommandGen standingInstructions() {
    return (team, catalog, asOf, id) -> {
      Terms current = team.subscription().terms();
      Gen<Terms> changed = TeamGen.changedTerms(current, catalog);
      Gen<Terms> next =
          catalog
              .freePlan()
              .map(
                  free ->
                      Generate.frequency(
                          List.of(
                              Pair.of(4, changed),
                              Pair.of(1, Generate.constant(current.withPlan(free))))))
              .orElse(changed);
      return next.map(terms -> new Command.SetStandingInstructions(id, actor(team), terms));
    };
  }

  /**
   * Returns the command clearing standing instructions (refused when none are set).
   *
   * @return the command generator
   */
  static CommandGen clearStandingInstructions() {
    return (team, catalog, asOf, id) ->
        Generate.constant(new Command.ClearStandingInstructions(id, actor(team)));
  }

  /**
   * Returns member changes: a new member {@code "m-<command id>"} joins two times in three (beyond
   * the paid seats, an auto-flex user), otherwise a member other than the first leaves (a join when
   * there is none); the actor is the team's first member.
   *
   * <p>Example: {@code memberChanges().commandsFor(team, catalog, 2024-03-05, "c-4")} yields {@code
   * AddMember c-4: m-c-4 <m-c-4@acme.test>} or {@code RemoveMember c-4: u2}.
   *
   * @return the command generator
   */
  static CommandGen memberChanges() {
    return (team, catalog, asOf, id) -> {
      String joining = "m-" + id;
      Gen<Command> join =
          Generate.constant(Command.AddMember.of(id, actor(team), joining, joining + "@acme.test"));
      if (team.members().size() < 2) {
        return join;
      }
      Gen<Command> leave =
          Generate.range(1, team.members().size() - 1)
              .map(i -> new Command.RemoveMember(id, actor(team), team.members().get(i).id()));
      return Generate.frequency(List.of(Pair.of(2, join), Pair.of(1, leave)));
    };
  }

  /**
   * Returns usage of the resources with an overage setting (monitoring requests, mock server
   * calls): readings three times in four, sized around the plan's allowance (well within, near it,
   * past it, far past it), read at a second of {@code asOf} (UTC) by a monitor; otherwise an
   * overage setting, allowed two times in three, from the start of {@code asOf}. Readings past the
   * entitlement while overage is disallowed are refused, as they should be.
   *
   * @return the command generator
   */
  static CommandGen usage() {
    Gen<Integer> shares = Generate.range(0, 3);
    Gen<Integer> seconds = Generate.range(0, 86_399);
    Gen<Boolean> allowed =
        Generate.frequency(
            List.of(Pair.of(2, Generate.constant(true)), Pair.of(1, Generate.constant(false))));
    return (team, catalog, asOf, id) -> {
      Instant startOfDay = asOf.atStartOfDay(ZoneOffset.UTC).toInstant();
      PlanId tier = team.subscription().terms().plan();
      List<ResourceId> metered =
          catalog.resources().values().stream()
              .filter(resource -> resource.measure() == Resource.Measure.METERED)
              .map(Resource::id)
              .toList();
      List<ResourceId> configurable =
          catalog.resources().values().stream()
              .filter(Resource::hasOverageSetting)
              .map(Resource::id)
              .toList();
      if (metered.isEmpty()) {
        // nothing to meter: a reading of a resource the catalog lacks, refused as it should be
        return Generate.constant(
            new Command.RecordUsage(
                id, "system", ResourceId.of("not-metered"), 1, "monitor-1", startOfDay));
      }
      Gen<ResourceId> resources = Generate.pick(metered);
      Gen<Command> reading =
          resources.zip(
              shares,
              seconds,
              (resource, share, second) -> {
                long allowance = Math.max(10, catalog.plan(tier).allowance(resource));
                // a tenth, nine tenths, one and a half, or four times the allowance
                long quantity =
                    switch (share) {
                      case 0 -> allowance / 10;
                      case 1 -> allowance * 9 / 10;
                      case 2 -> allowance * 3 / 2;
                      default -> allowance * 4;
                    };
                return new Command.RecordUsage(
                    id,
                    "system",
                    resource,
                    Math.max(1, quantity),
                    "monitor-1",
                    startOfDay.plusSeconds(second));
              });
      if (configurable.isEmpty()) {
        return reading;
      }
      Gen<Command> setting =
          Generate.pick(configurable)
              .zip(
                  allowed,
                  (resource, on) ->
                      new Command.SetOverage(id, actor(team), resource, on, startOfDay));
      return Generate.frequency(List.of(Pair.of(3, reading), Pair.of(1, setting)));
    };
  }

  /**
   * Returns payment commands: for a team with an unpaid invoice, a late payment of it in full
   * online four times in seven, a void two times in seven, or marking it uncollectible; for a team
   * without one, a switch of the collection method (to pay-by-invoice with 30 days' net terms on a
   * plan that allows it, back to card auto-charge otherwise), refused where not allowed. The actor
   * is the team's first member.
   *
   * <p>Example: {@code payments().commandsFor(team, catalog, 2024-03-20, "c-6")} yields {@code
   * RecordPayment c-6: KB-000002 ONLINE USD 36.00} or {@code VoidInvoice c-6: KB-000002}.
   *
   * @return the command generator
   */
  static CommandGen payments() {
    Gen<Integer> kinds = Generate.range(0, 6);
    return (team, catalog, asOf, id) -> {
      List<Invoice> unpaid =
          team.invoices().stream()
              .filter(
                  invoice ->
                      invoice.status() == InvoiceStatus.OPEN
                          || invoice.status() == InvoiceStatus.UNCOLLECTIBLE)
              .toList();
      if (unpaid.isEmpty()) {
        CollectionMethod method =
            team.collectionMethod() instanceof CollectionMethod.PayByInvoice
                ? CollectionMethod.cardAutoCharge()
                : CollectionMethod.payByInvoice(
                    CollectionMethod.PayByInvoice.DEFAULT_NET_TERMS_DAYS,
                    Set.of(PaymentChannel.ONLINE, PaymentChannel.ACH, PaymentChannel.WIRE));
        return Generate.constant(new Command.SetCollectionMethod(id, actor(team), method));
      }
      return Generate.pick(unpaid)
          .zip(
              kinds,
              (invoice, kind) ->
                  switch (kind) {
                    case 0, 1, 2, 3 ->
                        new Command.RecordPayment(
                            id,
                            actor(team),
                            invoice.number(),
                            PaymentChannel.ONLINE,
                            invoice.totalDue());
                    case 4, 5 -> new Command.VoidInvoice(id, actor(team), invoice.number());
                    default -> new Command.MarkUncollectible(id, actor(team), invoice.number());
                  });
    };
  }

  /**
   * Returns the command opting in to auto-flex with its terms accepted (refused where auto-flex is
   * on already or no opt-in is open to the plan).
   *
   * @return the command generator
   */
  static CommandGen autoFlexOptIn() {
    return (team, catalog, asOf, id) ->
        Generate.constant(new Command.EnableAutoFlex(id, actor(team), true));
  }

  private static String actor(Team team) {
    return team.members().isEmpty() ? "system" : team.members().get(0).id();
  }
}
