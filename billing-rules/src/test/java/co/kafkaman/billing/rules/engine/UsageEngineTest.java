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

import static co.kafkaman.billing.rules.flex.FlexFixtures.accepted;
import static co.kafkaman.billing.rules.flex.FlexFixtures.at;
import static co.kafkaman.billing.rules.flex.FlexFixtures.created;
import static co.kafkaman.billing.rules.flex.FlexFixtures.d;
import static co.kafkaman.billing.rules.flex.FlexFixtures.refused;
import static co.kafkaman.billing.rules.flex.FlexFixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.catalog.PlanTier;
import co.kafkaman.billing.model.catalog.Resource;
import co.kafkaman.billing.model.history.EntryKind;
import co.kafkaman.billing.model.history.HistoryEntry;
import co.kafkaman.billing.model.history.NotificationKind;
import co.kafkaman.billing.model.invoice.Invoice;
import co.kafkaman.billing.model.invoice.InvoiceLine;
import co.kafkaman.billing.model.invoice.LineKind;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.team.Terms;
import co.kafkaman.billing.model.time.BillingFrequency;
import co.kafkaman.billing.model.time.DateRange;
import co.kafkaman.billing.rules.change.Timing;
import co.kafkaman.billing.rules.flex.FlexFixtures;
import co.kafkaman.billing.rules.renewal.RenewalQuote;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UsageEngineTest {
  private final BillingEngine engine = BillingEngine.of(FlexFixtures.CATALOG);

  private Team monthlyBasic() {
    return created(engine, d("2024-03-01"), Terms.of(PlanTier.BASIC, BillingFrequency.MONTHLY, 3));
  }

  private Team annualBasic() {
    return created(engine, d("2024-01-31"), Terms.of(PlanTier.BASIC, BillingFrequency.ANNUAL, 3));
  }

  private Outcome record(Team team, String id, long quantity, String source, LocalDate on) {
    return engine.apply(
        team,
        new Command.RecordUsage(
            id, "system", Resource.MONITORING_REQUESTS, quantity, source, at(on)),
        on);
  }

  private Team allowOverage(Team team, LocalDate on) {
    return accepted(
            engine.apply(
                team,
                new Command.SetOverage(
                    "allow", "ana", Resource.MONITORING_REQUESTS, true, at(on).minusSeconds(1)),
                on))
        .team();
  }

  @Test
  void aDisallowedReadingIsRefusedWithTheReadingCutAtTheLimitAsTheAlternative() {
    Team team = accepted(record(monthlyBasic(), "u-1", 9_700, "monitor-a", d("2024-03-05"))).team();
    Outcome.Refused over = refused(record(team, "u-2", 500, "monitor-a", d("2024-03-06")));
    assertThat(over.code()).isEqualTo(BillingErrorCode.OVERAGE_DISALLOWED);
    assertThat(over.team()).isSameAs(team);
    assertThat(over.alternative())
        .hasValueSatisfying(
            alternative ->
                assertThat(((Command.RecordUsage) alternative).quantity()).isEqualTo(300));
    Outcome.Accepted cut = accepted(engine.apply(team, over.alternative().get(), d("2024-03-06")));
    assertThat(cut.notifications())
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.kind()).isEqualTo(NotificationKind.USAGE_LIMIT_REACHED);
              assertThat(n.to()).containsExactly("ana@acme.test");
            });
    Outcome.Refused atLimit = refused(record(cut.team(), "u-3", 1, "", d("2024-03-07")));
    assertThat(atLimit.alternative()).isEmpty();
    assertThat(atLimit.reason()).endsWith("0 still allowed");
    Outcome.Accepted renewed =
        accepted(engine.apply(cut.team(), new Command.Renew("r-1", "system"), d("2024-04-01")));
    assertThat(renewed.invoices().get(0).lines())
        .extracting(InvoiceLine::kind)
        .doesNotContain(LineKind.OVERAGE);
  }

  @Test
  void allowedOverageIsChargedOnTheRenewalInvoiceAfterTheUsageMonth() {
    Team team = allowOverage(monthlyBasic(), d("2024-03-02"));
    team = accepted(record(team, "u-1", 12_500, "monitor-a", d("2024-03-05"))).team();
    assertThat(team.history()).extracting(HistoryEntry::kind).contains(EntryKind.USAGE);
    Outcome.Accepted renewed =
        accepted(engine.apply(team, new Command.Renew("r-1", "system"), d("2024-04-01")));
    Invoice invoice = renewed.invoices().get(0);
    assertThat(invoice.lines())
        .extracting(InvoiceLine::kind, InvoiceLine::amount)
        .containsExactly(
            org.assertj.core.api.Assertions.tuple(LineKind.PLAN_SEATS, usd("36.00")),
            org.assertj.core.api.Assertions.tuple(LineKind.OVERAGE, usd("2.70")));
    assertThat(invoice.lines().get(1).servicePeriod())
        .isEqualTo(DateRange.of(d("2024-03-01"), d("2024-04-01")));
    assertThat(renewed.team().subscription().usage().orElseThrow().usageMonth())
        .isEqualTo(DateRange.of(d("2024-04-01"), d("2024-05-01")));
    assertThat(renewed.team().subscription().usage().orElseThrow().isEmpty()).isTrue();
  }

  @Test
  void theQuoteShowsOverageSoFarSeparately() {
    Team team = allowOverage(monthlyBasic(), d("2024-03-02"));
    team = accepted(record(team, "u-1", 12_500, "", d("2024-03-05"))).team();
    RenewalQuote quote = engine.quoteRenewal(team);
    assertThat(quote.total()).isEqualTo(usd("36.00"));
    assertThat(quote.overageSoFar())
        .singleElement()
        .extracting(InvoiceLine::kind)
        .isEqualTo(LineKind.OVERAGE);
    assertThat(quote.overageSoFarTotal()).isEqualTo(usd("2.70"));
  }

  @Test
  void anAnnualPlansUsageMonthIsClosedAndInvoicedOnItsEnd() {
    Team team = allowOverage(annualBasic(), d("2024-02-01"));
    team = accepted(record(team, "u-1", 11_000, "monitor-a", d("2024-02-10"))).team();
    Outcome.Accepted closed =
        accepted(engine.apply(team, new Command.CloseUsageMonth("m-1", "system"), d("2024-02-29")));
    assertThat(closed.invoices())
        .singleElement()
        .satisfies(
            invoice -> {
              assertThat(invoice.lines())
                  .singleElement()
                  .extracting(InvoiceLine::explanation)
                  .isEqualTo(
                      "1 x 0.90 = 0.90 (1,000 billable of 11,000 used, 10,000 included; 0.90 per"
                          + " 1,000, partial packages rounded up)");
              assertThat(invoice.lines().get(0).servicePeriod())
                  .isEqualTo(DateRange.of(d("2024-01-31"), d("2024-02-29")));
            });
    assertThat(closed.entries())
        .extracting(HistoryEntry::kind)
        .containsExactly(EntryKind.OVERAGE_CHARGED, EntryKind.INVOICE_ISSUED);
    assertThat(closed.team().subscription().usage().orElseThrow().usageMonth())
        .isEqualTo(DateRange.of(d("2024-02-29"), d("2024-03-31")));
    Outcome.Accepted quiet =
        accepted(
            engine.apply(
                closed.team(), new Command.CloseUsageMonth("m-2", "system"), d("2024-03-31")));
    assertThat(quiet.invoices()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "not a usage-month end        | 2024-03-15 | DATE_OUT_OF_RANGE | false",
        "the billing cycle's end      | 2025-01-31 | DATE_OUT_OF_RANGE | true",
        "already closed               | 2024-02-29 | NOTHING_TO_CHANGE | false",
      })
  void closeUsageMonthRefusals(
      String name, LocalDate on, BillingErrorCode code, boolean renewAlternative) {
    Team team = annualBasic();
    team =
        accepted(engine.apply(team, new Command.CloseUsageMonth("m-1", "system"), d("2024-02-29")))
            .team();
    Outcome.Refused refused =
        refused(engine.apply(team, new Command.CloseUsageMonth("m-x", "system"), on));
    assertThat(refused.code()).isEqualTo(code);
    assertThat(refused.alternative().map(a -> a instanceof Command.Renew).orElse(false))
        .isEqualTo(renewAlternative);
  }

  @Test
  void aReadingAfterTheUsageMonthEndedNeedsTheMonthClosedFirst() {
    Team team = annualBasic();
    team = accepted(record(team, "u-1", 10, "", d("2024-02-10"))).team();
    Outcome.Refused late = refused(record(team, "u-2", 10, "", d("2024-03-01")));
    assertThat(late.code()).isEqualTo(BillingErrorCode.DATE_OUT_OF_RANGE);
    team =
        accepted(engine.apply(team, new Command.CloseUsageMonth("m-1", "system"), d("2024-02-29")))
            .team();
    accepted(record(team, "u-2", 10, "", d("2024-03-01")));
    // the closing entry is dated 2024-02-29: the engine keeps the history chronological
    Outcome.Refused early = refused(record(team, "u-3", 10, "", d("2024-02-20")));
    assertThat(early.code()).isEqualTo(BillingErrorCode.DATE_OUT_OF_RANGE);
    assertThat(early.reason()).contains("history is chronological");
  }

  @Test
  void customDomainsPastTheLimitAreRefusedAndTheAlternativeBuysABlock() {
    Team team = monthlyBasic();
    team =
        accepted(
                engine.apply(
                    team,
                    new Command.AddCustomDomain("cd-1", "ana", "api.acme.test"),
                    d("2024-03-02")))
            .team();
    Outcome.Refused full =
        refused(
            engine.apply(
                team,
                new Command.AddCustomDomain("cd-2", "ana", "docs.acme.test"),
                d("2024-03-16")));
    assertThat(full.code()).isEqualTo(BillingErrorCode.HARD_LIMIT_REACHED);
    Command.ChangeSubscription buy = (Command.ChangeSubscription) full.alternative().orElseThrow();
    assertThat(buy.request().target().blocks(Resource.CUSTOM_DOMAINS)).isEqualTo(1);
    assertThat(buy.request().timing()).isEqualTo(Timing.IMMEDIATELY);
    Outcome.Accepted bought = accepted(engine.apply(team, buy, d("2024-03-16")));
    assertThat(bought.invoices().get(0).totalDue()).isEqualTo(usd("5.16"));
    Team more =
        accepted(
                engine.apply(
                    bought.team(),
                    new Command.AddCustomDomain("cd-2", "ana", "docs.acme.test"),
                    d("2024-03-16")))
            .team();
    assertThat(more.subscription().customDomains())
        .containsExactly("api.acme.test", "docs.acme.test");
    assertThat(
            accepted(
                    engine.apply(
                        more,
                        new Command.RemoveCustomDomain("cd-3", "ana", "api.acme.test"),
                        d("2024-03-17")))
                .team()
                .subscription()
                .customDomains())
        .containsExactly("docs.acme.test");
  }

  @Test
  void settingsAreKeptAsHistory() {
    Team team = allowOverage(monthlyBasic(), d("2024-03-02"));
    team =
        accepted(
                engine.apply(
                    team,
                    new Command.SetOverage(
                        "deny", "ana", Resource.MONITORING_REQUESTS, false, at(d("2024-03-10"))),
                    d("2024-03-10")))
            .team();
    assertThat(team.subscription().overageSettings()).hasSize(2);
    assertThat(team.history())
        .filteredOn(e -> e.kind() == EntryKind.USAGE)
        .extracting(HistoryEntry::summary)
        .containsExactly(
            "Overage of monitoring requests allowed from 2024-03-02T11:59:59Z",
            "Overage of monitoring requests disallowed from 2024-03-10T12:00:00Z");
  }

  @Test
  void monthlyToAnnualImmediatelyClosesTheUsageMonthOnTheChangeDay() {
    Team team = allowOverage(monthlyBasic(), d("2024-03-02"));
    team = accepted(record(team, "u-1", 10_200, "", d("2024-03-05"))).team();
    Outcome.Accepted annual =
        accepted(
            engine.apply(
                team,
                Command.ChangeSubscription.of(
                    "c-2",
                    "ana",
                    Terms.of(PlanTier.BASIC, BillingFrequency.ANNUAL, 3),
                    Timing.IMMEDIATELY),
                d("2024-03-16")));
    Invoice invoice = annual.invoices().get(0);
    assertThat(invoice.lines())
        .filteredOn(l -> l.kind() == LineKind.OVERAGE)
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.amount()).isEqualTo(usd("0.90"));
              assertThat(l.servicePeriod())
                  .isEqualTo(DateRange.of(d("2024-03-01"), d("2024-03-16")));
            });
    assertThat(annual.team().subscription().usage().orElseThrow().usageMonth())
        .isEqualTo(DateRange.of(d("2024-03-16"), d("2024-04-16")));
  }

  @Test
  void theUsageViewComesFromTheEngine() {
    Team team = accepted(record(monthlyBasic(), "u-1", 4_000, "monitor-a", d("2024-03-05"))).team();
    assertThat(engine.usage(team, d("2024-03-06")).of(Resource.MONITORING_REQUESTS).remaining())
        .isEqualTo(6_000);
  }
}
