package co.kafkaman.billing.rules.engine;

import static co.kafkaman.billing.rules.flex.FlexFixtures.accepted;
import static co.kafkaman.billing.rules.flex.FlexFixtures.created;
import static co.kafkaman.billing.rules.flex.FlexFixtures.d;
import static co.kafkaman.billing.rules.flex.FlexFixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;

import co.kafkaman.billing.model.catalog.PlanTier;
import co.kafkaman.billing.model.invoice.Invoice;
import co.kafkaman.billing.model.invoice.LineKind;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.team.Terms;
import co.kafkaman.billing.model.time.BillingFrequency;
import co.kafkaman.billing.rules.flex.FlexFixtures;
import co.kafkaman.billing.rules.invoicing.InvoiceText;
import org.junit.jupiter.api.Test;

class AutoFlexEngineTest {
  private final BillingEngine engine = BillingEngine.of(FlexFixtures.CATALOG);

  @Test
  void theRulesWorkedExample216() {
    Team team =
        created(engine, d("2024-01-31"), Terms.of(PlanTier.BASIC, BillingFrequency.ANNUAL, 5));
    assertThat(team.subscription().autoFlexEnabled()).isTrue();
    for (int i = 2; i <= 5; i++) {
      team =
          accepted(
                  engine.apply(
                      team,
                      Command.AddMember.of("add-" + i, "ana", "u" + i, "u" + i + "@acme.test"),
                      d("2024-02-10")))
              .team();
    }
    for (int i = 6; i <= 9; i++) {
      team =
          accepted(
                  engine.apply(
                      team,
                      Command.AddMember.of("add-" + i, "ana", "u" + i, "u" + i + "@acme.test"),
                      d("2024-03-05")))
              .team();
    }
    team =
        accepted(engine.apply(team, new Command.RemoveMember("rm-8", "ana", "u8"), d("2024-04-20")))
            .team();
    team =
        accepted(engine.apply(team, new Command.RemoveMember("rm-9", "ana", "u9"), d("2024-04-21")))
            .team();
    Outcome.Accepted reminder =
        accepted(
            engine.apply(team, new Command.RemindAutoFlex("rem-1", "system"), d("2024-04-16")));
    System.out.println(reminder.notifications());
    Outcome.Accepted end =
        accepted(engine.apply(team, new Command.CloseUsageMonth("q1", "system"), d("2024-04-30")));
    Invoice invoice = end.invoices().get(0);
    System.out.println(InvoiceText.render(invoice));
    System.out.println(end.notifications());
    assertThat(invoice.lines()).hasSize(1);
    assertThat(invoice.lines().get(0).kind()).isEqualTo(LineKind.AUTO_FLEX);
    assertThat(invoice.totalDue()).isEqualTo(usd("216.00"));
    team = end.team();
    assertThat(team.subscription().terms().seats()).isEqualTo(7);
    assertThat(team.subscription().lockedFlexSeats()).isEqualTo(2);
  }
}
