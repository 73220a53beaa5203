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
package co.kafkaman.billing.examples;

import co.kafkaman.billing.model.catalog.Catalog;
import co.kafkaman.billing.model.catalog.PlanTier;
import co.kafkaman.billing.model.catalog.Resource;
import co.kafkaman.billing.model.money.Currencies;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.team.Terms;
import co.kafkaman.billing.model.time.BillingFrequency;
import co.kafkaman.billing.model.time.DateRange;
import co.kafkaman.billing.rules.calendar.CycleSchedule;
import co.kafkaman.billing.rules.change.Timing;
import co.kafkaman.billing.rules.engine.BillingEngine;
import co.kafkaman.billing.rules.engine.Command;
import co.kafkaman.billing.rules.engine.Outcome;
import co.kafkaman.billing.rules.flex.FlexCalendar;
import co.kafkaman.billing.rules.flex.FlexDate;
import co.kafkaman.billing.rules.flex.FlexOverview;
import co.kafkaman.billing.rules.renewal.RenewalQuote;
import co.kafkaman.billing.rules.usage.UsageCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Auto-flex: an annual team's first year (reminders, the 216.00 true-up of the first quarter,
 * locked seats, the renewal) and a monthly cycle whose renewal invoice combines seats, auto-flex
 * users, add-on blocks and overage.
 */
public final class AutoFlexExamples {
  private AutoFlexExamples() {}

  /**
   * Runs the examples.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    annualFirstYear();
    monthWithOverageAndAutoFlex();
  }

  /** Annual Basic at 144.00: 4 users added in month 2, 2 removed in month 3, billed 216.00. */
  static void annualFirstYear() {
    Print.title("Auto-flex: an annual Basic team's first year (144.00 per user per year)");
    BillingEngine engine = BillingEngine.of(Catalog.kafkamanSample());
    LocalDate anchor = LocalDate.of(2024, 1, 31);
    Team team =
        ProrationExamples.created(
            engine,
            Currencies.of("USD"),
            anchor,
            Terms.of(PlanTier.BASIC, BillingFrequency.ANNUAL, 5));
    Print.line(
        "Purchased on "
            + anchor
            + ": auto-flex "
            + (team.subscription().autoFlexEnabled() ? "on" : "off")
            + " (Basic plans purchased after 2021-04-08)");
    for (int i = 2; i <= 5; i++) {
      team = apply(engine, team, add("u" + i), LocalDate.of(2024, 2, 1), "");
    }
    Print.line("5 members on the 5 paid seats.");
    Print.line("");
    Print.line("> The auto-flex calendar of the term (what a host's agenda schedules):");
    for (FlexDate date :
        FlexCalendar.between(
            team.subscription(),
            engine.policy().autoFlex(),
            DateRange.of(anchor, anchor.plusYears(1).plusDays(1)))) {
      Print.line(
          "    "
              + date.date()
              + "  "
              + date.kind()
              + (date.kind() == FlexDate.Kind.CYCLE_END
                  ? (date.renewal() ? "  (Renew)" : "  (CloseUsageMonth)")
                  : "")
              + "  auto-flex cycle "
              + date.autoFlexCycle());
    }
    Print.line(
        "    usage months to close besides renewals: "
            + UsageCalendar.closings(
                team.subscription(), DateRange.of(anchor, anchor.plusYears(1))));

    LocalDate feb29 = LocalDate.of(2024, 2, 29);
    team = apply(engine, team, new Command.CloseUsageMonth("close-" + feb29, "system"), feb29, "");
    LocalDate march5 = LocalDate.of(2024, 3, 5);
    for (int i = 6; i <= 9; i++) {
      team = apply(engine, team, add("u" + i), march5, i == 6 ? "Month 2: add 4 users" : "");
    }
    LocalDate march31 = LocalDate.of(2024, 3, 31);
    team =
        apply(engine, team, new Command.CloseUsageMonth("close-" + march31, "system"), march31, "");
    team =
        apply(
            engine,
            team,
            new Command.RemindAutoFlex("remind-q1", "system"),
            LocalDate.of(2024, 4, 16),
            "Two weeks before the first quarter ends: the reminder");
    team =
        apply(
            engine,
            team,
            new Command.RemoveMember("rm-u8", "ana", "u8"),
            LocalDate.of(2024, 4, 20),
            "Month 3: remove 2 of them (unbilled flex users go freely)");
    team =
        apply(
            engine,
            team,
            new Command.RemoveMember("rm-u9", "ana", "u9"),
            LocalDate.of(2024, 4, 21),
            "");
    overview(engine, team, LocalDate.of(2024, 4, 22));
    team =
        apply(
            engine,
            team,
            new Command.CloseUsageMonth("close-q1", "system"),
            LocalDate.of(2024, 4, 30),
            "End of the first quarter: 2 flex users x 144.00 x 9 months left / 12");
    apply(
        engine,
        team,
        Command.ChangeSubscription.of(
            "fewer-seats", "ana", team.subscription().terms().withSeats(5), Timing.IMMEDIATELY),
        LocalDate.of(2024, 5, 6),
        "Try to give the 2 billed flex seats back right away");

    CycleSchedule usageMonths = CycleSchedule.usageMonths(anchor);
    for (int n = 4; n < 12; n++) {
      LocalDate end = usageMonths.boundary(n);
      if (n == 9) {
        team =
            apply(
                engine,
                team,
                new Command.RemindAutoFlex("remind-q3", "system"),
                end.minusDays(14),
                "Third quarter's reminder: no users added, so nothing to send");
      }
      if (n == 11) {
        team =
            apply(
                engine,
                team,
                add("u10"),
                LocalDate.of(2024, 12, 10),
                "Last quarter: one more user through auto-flex");
      }
      team =
          apply(
              engine,
              team,
              new Command.CloseUsageMonth("close-" + end, "system"),
              end,
              n % 3 == 0 ? "End of a quarter without flex users: " + end : "");
    }
    RenewalQuote quote = engine.quoteRenewal(team);
    Print.line("");
    Print.line("> Expected cost upon renewal on " + quote.renewsOn() + ": " + quote.total());
    quote.lines().forEach(l -> Print.line("    " + l.description() + ": " + l.explanation()));
    apply(
        engine,
        team,
        new Command.Renew("renew-2025", "system"),
        quote.renewsOn(),
        "The term renews: the flex user is part of the renewal's seat count");
  }

  /** Monthly Basic: overage and auto-flex users on the one renewal invoice. */
  static void monthWithOverageAndAutoFlex() {
    Print.title("Auto-flex and overage on one invoice: a monthly Basic team");
    BillingEngine engine = BillingEngine.of(Catalog.kafkamanSample());
    LocalDate march1 = LocalDate.of(2024, 3, 1);
    Team team =
        ProrationExamples.created(
            engine,
            Currencies.of("USD"),
            march1,
            Terms.of(PlanTier.BASIC, BillingFrequency.MONTHLY, 3)
                .withBlocks(Resource.MONITORING_REQUESTS, 1));
    team = apply(engine, team, add("u2"), LocalDate.of(2024, 3, 2), "");
    team = apply(engine, team, add("u3"), LocalDate.of(2024, 3, 2), "");
    team =
        apply(
            engine,
            team,
            new Command.SetOverage(
                "allow-monitoring",
                "ana",
                Resource.MONITORING_REQUESTS,
                true,
                noon(LocalDate.of(2024, 3, 2))),
            LocalDate.of(2024, 3, 2),
            "Allow monitoring overage (pay as you go)");
    team =
        apply(
            engine,
            team,
            add("u4"),
            LocalDate.of(2024, 3, 12),
            "Add 2 users beyond the 3 paid seats");
    team = apply(engine, team, add("u5"), LocalDate.of(2024, 3, 12), "");
    team =
        apply(
            engine,
            team,
            new Command.RecordUsage(
                "usage-1",
                "system",
                Resource.MONITORING_REQUESTS,
                15_000,
                "monitor-checkout",
                noon(LocalDate.of(2024, 3, 20))),
            LocalDate.of(2024, 3, 20),
            "Monitoring usage");
    team =
        apply(
            engine,
            team,
            new Command.RecordUsage(
                "usage-2",
                "system",
                Resource.MONITORING_REQUESTS,
                7_500,
                "monitor-login",
                noon(LocalDate.of(2024, 3, 22))),
            LocalDate.of(2024, 3, 22),
            "");
    UsageExamples.view(engine, team, LocalDate.of(2024, 3, 22));
    team =
        apply(
            engine,
            team,
            new Command.RemindAutoFlex("remind", "system"),
            LocalDate.of(2024, 3, 25),
            "One week before the monthly auto-flex cycle ends: the reminder");
    RenewalQuote quote = engine.quoteRenewal(team);
    Print.line("");
    Print.line("> Expected cost upon renewal on " + quote.renewsOn() + ": " + quote.total());
    quote.lines().forEach(l -> Print.line("    " + l.description() + ": " + l.explanation()));
    Print.line("  Overage so far this cycle (not in the total): " + quote.overageSoFarTotal());
    quote
        .overageSoFar()
        .forEach(l -> Print.line("    " + l.description() + ": " + l.explanation()));
    apply(
        engine,
        team,
        new Command.Renew("renew", "system"),
        quote.renewsOn(),
        "Renewal: seats, auto-flex users, the block and the month's overage on one invoice");
  }

  static void overview(BillingEngine engine, Team team, LocalDate asOf) {
    FlexOverview overview = engine.autoFlexOverview(team, asOf);
    Print.line("");
    Print.line("> Billing overview, auto-flex, on " + asOf + ":");
    Print.line(
        "    "
            + overview.additionalMembers()
            + " additional members ("
            + overview.members()
            + " members, "
            + overview.paidSeats()
            + " paid seats); "
            + overview.toBeBilled()
            + " to be billed on "
            + overview.billedOn()
            + " if nothing changes");
    Print.line(
        "    auto-flex cycle "
            + overview.autoFlexCycle()
            + ", billing cycle "
            + overview.billingCycle()
            + ", reminder on "
            + overview.reminderOn());
  }

  private static Command add(String member) {
    return Command.AddMember.of("add-" + member, "ana", member, member + "@acme.test");
  }

  private static Instant noon(LocalDate date) {
    return date.atTime(12, 0).toInstant(ZoneOffset.UTC);
  }

  /** Applies {@code command}; prints the outcome when {@code what} is not empty, or it matters. */
  static Team apply(BillingEngine engine, Team team, Command command, LocalDate asOf, String what) {
    Outcome outcome = engine.apply(team, command, asOf);
    boolean invoiced = outcome instanceof Outcome.Accepted a && !a.invoices().isEmpty();
    if (!what.isEmpty() || !outcome.isAccepted() || invoiced) {
      Print.outcome(
          asOf + ": " + (what.isEmpty() ? command.getClass().getSimpleName() : what), outcome);
    }
    return outcome.team();
  }
}
