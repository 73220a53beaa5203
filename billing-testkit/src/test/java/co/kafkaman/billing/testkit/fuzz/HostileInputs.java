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
package co.kafkaman.billing.testkit.fuzz;

import co.kafkaman.billing.model.InputLimits;
import co.kafkaman.billing.model.catalog.KafkamanSample;
import co.kafkaman.billing.model.catalog.PlanId;
import co.kafkaman.billing.model.catalog.ResourceId;
import co.kafkaman.billing.model.invoice.BillingDetails;
import co.kafkaman.billing.model.invoice.Invoice;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.money.Currencies;
import co.kafkaman.billing.model.payment.CardReference;
import co.kafkaman.billing.model.payment.CollectionMethod;
import co.kafkaman.billing.model.payment.PaymentChannel;
import co.kafkaman.billing.model.payment.PaymentOutcome;
import co.kafkaman.billing.model.team.Member;
import co.kafkaman.billing.model.team.Role;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.team.Terms;
import co.kafkaman.billing.model.time.BillingFrequency;
import co.kafkaman.billing.model.time.DateRange;
import co.kafkaman.billing.rules.change.ChangeRequest;
import co.kafkaman.billing.rules.change.Timing;
import co.kafkaman.billing.rules.engine.Command;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import javax.money.CurrencyUnit;
import org.jspecify.annotations.Nullable;

/**
 * Hostile values for every field a host passes: nulls, empty, blank and huge strings, paths,
 * control characters, direction overrides and lone surrogates, 0, negative and huge quantities,
 * dates far before, after and out of order, foreign currencies, unknown tokens and invoice numbers,
 * mixed with values that fit the team (its members, cards, invoices and dates), so that some of the
 * commands built are accepted. Every draw comes from one seeded {@link SplittableRandom}: a run is
 * repeatable.
 */
@SuppressWarnings("NullAway") // nulls are the point
final class HostileInputs {
  private static final String HUGE = "x".repeat(100_000);
  private static final List<String> ODD_TEXTS =
      List.of(
          "",
          " ",
          "../../etc/passwd",
          "..",
          "a/b",
          "bo\u0000",
          "a\u202Eb",
          "\uD800",
          "\uDE00x",
          "line\nbreak",
          "tab\there",
          "caf\u00e9",
          "\uD83D\uDE00",
          "x".repeat(65),
          "y".repeat(201),
          "z".repeat(1001),
          HUGE,
          "ana@acme.test",
          "nonsense",
          "@x",
          "KB-000001",
          "INV/../1",
          "tok_nope",
          "system");
  private static final List<CurrencyUnit> CURRENCIES =
      List.of(Currencies.of("USD"), Currencies.of("EUR"), Currencies.of("JPY"));
  private static final long[] QUANTITIES = {
    0,
    -1,
    1,
    5,
    999,
    10_000,
    Integer.MAX_VALUE,
    Long.MAX_VALUE,
    Long.MIN_VALUE,
    Long.MAX_VALUE / 2 + 1,
    InputLimits.MAX_USAGE_QUANTITY,
    InputLimits.MAX_USAGE_QUANTITY + 1,
    InputLimits.MAX_SEATS,
    InputLimits.MAX_SEATS + 1
  };

  private final SplittableRandom random;
  private int ids;

  HostileInputs(long seed) {
    this.random = new SplittableRandom(seed);
  }

  int nextInt(int bound) {
    return random.nextInt(bound);
  }

  boolean chance(int percent) {
    return random.nextInt(100) < percent;
  }

  <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /** A command id: usually fresh, sometimes hostile or one the team's history already holds. */
  @Nullable String commandId(Team team) {
    int roll = random.nextInt(100);
    if (roll < 6) {
      return text();
    }
    if (roll < 10 && !team.history().isEmpty()) {
      return team.history().get(random.nextInt(team.history().size())).id();
    }
    return "f-" + ids++;
  }

  /** A text: one of the odd ones, null, or a plain word. */
  @Nullable String text() {
    int roll = random.nextInt(100);
    if (roll < 5) {
      return null;
    }
    if (roll < 70) {
      return pick(ODD_TEXTS);
    }
    return "w" + random.nextInt(1000);
  }

  /** A member id: one of the team's, a fresh one, or a hostile text. */
  @Nullable String memberId(Team team) {
    int roll = random.nextInt(100);
    if (roll < 40 && !team.members().isEmpty()) {
      return pick(team.members()).id();
    }
    if (roll < 70) {
      return "m" + random.nextInt(50);
    }
    return text();
  }

  @Nullable String email() {
    int roll = random.nextInt(100);
    if (roll < 50) {
      return "m" + random.nextInt(50) + "@acme.test";
    }
    return text();
  }

  /** An invoice number: one of the team's, an unknown one, or a hostile text. */
  @Nullable String invoiceNumber(Team team) {
    int roll = random.nextInt(100);
    if (roll < 55 && !team.invoices().isEmpty()) {
      return pick(team.invoices()).number();
    }
    if (roll < 70) {
      return "KB-" + (900_000 + random.nextInt(1000));
    }
    return text();
  }

  @Nullable String token(Team team) {
    int roll = random.nextInt(100);
    if (roll < 40 && !team.cards().isEmpty()) {
      return pick(team.cards()).token();
    }
    if (roll < 70) {
      return "tok_" + random.nextInt(20);
    }
    return text();
  }

  long quantity() {
    return random.nextInt(3) == 0
        ? QUANTITIES[random.nextInt(QUANTITIES.length)]
        : random.nextLong(-5, 20_000);
  }

  int seats(Team team) {
    int roll = random.nextInt(100);
    if (roll < 15) {
      return (int) QUANTITIES[random.nextInt(QUANTITIES.length)];
    }
    return Math.max(0, team.subscription().terms().seats() + random.nextInt(-3, 6));
  }

  /** Terms: plausible changes of the team's, or hostile seats and blocks (which may throw). */
  @Nullable Terms terms(Team team) {
    if (random.nextInt(100) < 3) {
      return null;
    }
    Terms terms =
        Terms.of(
            pick(List.of(KafkamanSample.PLANS.toArray(new PlanId[0]))),
            pick(
                List.of(
                    BillingFrequency.WEEKLY,
                    BillingFrequency.MONTHLY,
                    BillingFrequency.QUARTERLY,
                    BillingFrequency.ANNUAL)),
            seats(team));
    if (chance(30)) {
      long blocks = random.nextInt(4) == 0 ? quantity() : random.nextInt(4);
      terms =
          terms.withBlocks(
              pick(List.of(KafkamanSample.RESOURCES.toArray(new ResourceId[0]))), (int) blocks);
    }
    return terms;
  }

  @Nullable Timing timing() {
    return chance(3) ? null : pick(List.of(Timing.values()));
  }

  /** The date of a command or query: near the snapshot, far away, or at the limits. */
  @Nullable LocalDate date(Team team, LocalDate today) {
    int roll = random.nextInt(100);
    DateRange cycle = team.subscription().currentCycle();
    if (roll < 35) {
      return today;
    }
    if (roll < 55) {
      return today.plusDays(random.nextInt(-3, 40));
    }
    if (roll < 65) {
      return cycle.endExclusive();
    }
    if (roll < 70) {
      return team.createdOn().minusDays(random.nextInt(1, 4000));
    }
    if (roll < 78) {
      return today.plusYears(random.nextInt(1, 200));
    }
    if (roll < 80) {
      return null;
    }
    return pick(
        List.of(
            LocalDate.MIN,
            LocalDate.MAX,
            InputLimits.EARLIEST_DATE.minusDays(1),
            InputLimits.EARLIEST_DATE,
            InputLimits.LATEST_DATE,
            InputLimits.LATEST_DATE.plusDays(1),
            LocalDate.of(2000, 2, 29),
            today.minusYears(30)));
  }

  @Nullable Instant instant(LocalDate asOf) {
    int roll = random.nextInt(100);
    LocalDate day = asOf.isAfter(InputLimits.LATEST_DATE) ? InputLimits.LATEST_DATE : asOf;
    day = day.isBefore(InputLimits.EARLIEST_DATE) ? InputLimits.EARLIEST_DATE : day;
    Instant start = day.atStartOfDay().toInstant(ZoneOffset.UTC);
    if (roll < 60) {
      return start.plusSeconds(random.nextInt(86_400));
    }
    if (roll < 70) {
      return start.minusSeconds(random.nextLong(1, 400L * 86_400));
    }
    if (roll < 75) {
      return null;
    }
    return pick(
        List.of(
            Instant.MIN,
            Instant.MAX,
            Instant.EPOCH,
            start.plusSeconds(86_400L * 365 * 7),
            start.minusSeconds(86_400L * 365 * 7)));
  }

  @Nullable CurrencyUnit currency() {
    return chance(3) ? null : pick(CURRENCIES);
  }

  /** An amount: an invoice's total due, or any amount in any of the currencies. */
  @Nullable Amount amount(Team team) {
    int roll = random.nextInt(100);
    if (roll < 40 && !team.invoices().isEmpty()) {
      Invoice invoice = pick(team.invoices());
      return invoice.totalDue();
    }
    if (roll < 45) {
      return null;
    }
    CurrencyUnit currency = pick(CURRENCIES);
    return Amount.ofMinor(
        random.nextInt(3) == 0 ? quantity() : random.nextLong(-100, 100_000), currency);
  }

  @Nullable CardReference card() {
    if (chance(3)) {
      return null;
    }
    String last4 = chance(80) ? String.format("%04d", random.nextInt(10_000)) : text();
    YearMonth expiry =
        chance(90) ? YearMonth.of(random.nextInt(2000, 2060), random.nextInt(1, 13)) : null;
    return new CardReference(
        chance(80) ? "tok_" + random.nextInt(20) : text(),
        chance(85) ? "visa" : text(),
        last4,
        expiry);
  }

  @Nullable BillingDetails billingDetails() {
    if (chance(3)) {
      return null;
    }
    return new BillingDetails(
        chance(70) ? "Acme Ltd" : text(),
        chance(70) ? "billing@acme.test" : text(),
        chance(70) ? "1 Main St\nSpringfield" : text(),
        chance(70) ? "" : text());
  }

  @Nullable CollectionMethod collectionMethod() {
    int roll = random.nextInt(100);
    if (roll < 40) {
      return CollectionMethod.cardAutoCharge();
    }
    if (roll < 85) {
      Set<PaymentChannel> channels = EnumSet.noneOf(PaymentChannel.class);
      for (PaymentChannel channel : PaymentChannel.values()) {
        if (chance(50)) {
          channels.add(channel);
        }
      }
      return CollectionMethod.payByInvoice(
          (int) (random.nextInt(4) == 0 ? quantity() : 30), channels);
    }
    return null;
  }

  Set<Role> roles() {
    List<Role> roles = new ArrayList<>();
    for (Role role : Role.values()) {
      if (chance(40)) {
        roles.add(role);
      }
    }
    return Set.copyOf(roles);
  }

  /**
   * Builds one hostile command for {@code team} on {@code asOf}; the constructors may throw (that
   * is counted as a refusal where the value enters).
   */
  Command command(Team team, LocalDate asOf) {
    String id = commandId(team);
    String actor = chance(85) ? pick(team.members()).id() : text();
    ResourceId resource =
        chance(3) ? null : pick(List.of(KafkamanSample.RESOURCES.toArray(new ResourceId[0])));
    return switch (random.nextInt(23)) {
      case 0 ->
          new Command.CreateTeam(
              id,
              actor,
              memberId(team),
              currency(),
              chance(50) ? Member.of("ana", "ana@acme.test", asOf, Role.ADMIN) : null,
              billingDetails(),
              text(),
              terms(team));
      case 1, 2, 3 ->
          chance(10)
              ? new Command.ChangeSubscription(
                  id, actor, new ChangeRequest(terms(team), timing(), chance(20)))
              : Command.ChangeSubscription.of(id, actor, terms(team), timing());
      case 4 -> new Command.SetStandingInstructions(id, actor, terms(team), chance(20));
      case 5 -> new Command.ClearStandingInstructions(id, actor);
      case 6 -> new Command.Renew(id, actor);
      case 7, 8 ->
          new Command.RecordUsage(
              id, actor, resource, quantity(), chance(60) ? "monitor-1" : text(), instant(asOf));
      case 9 -> new Command.SetOverage(id, actor, resource, chance(50), instant(asOf));
      case 10 ->
          new Command.AddCustomDomain(
              id, actor, chance(50) ? "d" + random.nextInt(5) + ".acme.test" : text());
      case 11 ->
          new Command.RemoveCustomDomain(
              id, actor, chance(50) ? "d" + random.nextInt(5) + ".acme.test" : text());
      case 12 -> new Command.CloseUsageMonth(id, actor);
      case 13 -> new Command.AddMember(id, actor, memberId(team), email(), roles());
      case 14 -> new Command.RemoveMember(id, actor, memberId(team));
      case 15 -> new Command.EnableAutoFlex(id, actor, chance(80));
      case 16 -> new Command.RemindAutoFlex(id, actor);
      case 17 ->
          chance(50)
              ? new Command.AddCard(id, actor, card())
              : new Command.RemoveCard(id, actor, token(team));
      case 18 ->
          chance(50)
              ? new Command.SetPrimaryCard(id, actor, token(team))
              : new Command.SetCollectionMethod(id, actor, collectionMethod());
      case 19 -> new Command.UpdateBillingDetails(id, actor, billingDetails());
      case 20 ->
          new Command.ReportPaymentAttempt(
              id,
              actor,
              invoiceNumber(team),
              chance(3) ? null : pick(List.of(PaymentOutcome.values())),
              chance(50) ? "" : text());
      case 21 ->
          new Command.RecordPayment(
              id,
              actor,
              invoiceNumber(team),
              chance(3) ? null : pick(List.of(PaymentChannel.values())),
              amount(team));
      default ->
          switch (random.nextInt(3)) {
            case 0 -> new Command.EvaluateDunning(id, actor);
            case 1 -> new Command.VoidInvoice(id, actor, invoiceNumber(team));
            default -> new Command.MarkUncollectible(id, actor, invoiceNumber(team));
          };
    };
  }

  /** A date range of a query: short or long, in or out of order, up to the limits. */
  @Nullable DateRange range(Team team, LocalDate today) {
    if (chance(3)) {
      return null;
    }
    LocalDate start = date(team, today);
    if (start == null) {
      start = today;
    }
    long days = random.nextInt(4) == 0 ? random.nextLong(-10, 5_000_000) : random.nextLong(0, 800);
    return DateRange.of(start, days < 0 ? start.minusDays(-days) : plusDaysClamped(start, days));
  }

  private static LocalDate plusDaysClamped(LocalDate start, long days) {
    return LocalDate.MAX.toEpochDay() - start.toEpochDay() < days
        ? LocalDate.MAX
        : start.plusDays(days);
  }
}
