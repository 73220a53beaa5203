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
package co.kafkaman.billing.rules.payment;

import static co.kafkaman.billing.rules.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.catalog.Catalog;
import co.kafkaman.billing.model.catalog.KafkamanSample;
import co.kafkaman.billing.model.invoice.BillingDetails;
import co.kafkaman.billing.model.payment.CardReference;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.rules.PaymentStory;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link CardRules}, {@link CollectionRules} and {@link BillingDetailsRules} called directly: what
 * each change says, and that each refusal names its field and value (RULES.md sections 9, 11, 13).
 */
class CardRulesRefusalsTest {
  private static final LocalDate MARCH_1 = PaymentStory.START;
  private static final CardReference VISA = PaymentStory.visa("a", 2027, 8);
  private static final CardReference EXPIRED = PaymentStory.visa("x", 2024, 2);

  private static Team free() {
    return PaymentStory.free().team();
  }

  @Test
  void theFirstCardAddedBecomesPrimaryAndTheSummarySaysSo() {
    PaymentChange first = CardRules.add(free(), VISA, MARCH_1);
    assertThat(first.summary()).isEqualTo("card visa ending 4242 (exp 2027-08) added, primary");
    assertThat(first.team().primaryCardToken()).contains("a");

    PaymentChange second = CardRules.add(first.team(), PaymentStory.visa("b", 2028, 1), MARCH_1);
    assertThat(second.summary()).isEqualTo("card visa ending 4242 (exp 2028-01) added");
    assertThat(second.team().primaryCardToken()).contains("a");
  }

  @Test
  void addingACardIsRefusedNamingTheTokenOnFileOrTheExpiry() {
    Team withVisa = CardRules.add(free(), VISA, MARCH_1).team();
    assertRefused(
        () -> CardRules.add(withVisa, PaymentStory.visa("a", 2029, 1), MARCH_1),
        BillingErrorCode.DUPLICATE_CARD,
        "card.token",
        "a card with token 'a' is already on file");
    assertRefused(
        () -> CardRules.add(free(), EXPIRED, MARCH_1),
        BillingErrorCode.CARD_EXPIRED,
        "card.expiry",
        "visa ending 4242 (exp 2024-02) expired before 2024-03-01 and cannot be added");
  }

  @Test
  void onlyAValidCardThatIsNotPrimaryYetCanBeMadePrimary() {
    // the second card was added in January, while it was still valid
    Team team =
        Team.builder().from(CardRules.add(free(), VISA, MARCH_1).team()).addCards(EXPIRED).build();
    assertRefused(
        () -> CardRules.setPrimary(team, "a", MARCH_1),
        BillingErrorCode.NOTHING_TO_CHANGE,
        "token",
        "'a' is the primary card already");
    assertRefused(
        () -> CardRules.setPrimary(team, "x", MARCH_1),
        BillingErrorCode.CARD_EXPIRED,
        "token",
        "visa ending 4242 (exp 2024-02) expired before 2024-03-01 and cannot be made primary");
    assertThat(CardRules.setPrimary(team, "x", LocalDate.of(2024, 2, 29)).summary())
        .isEqualTo("card visa ending 4242 (exp 2024-02) made primary");
  }

  @Test
  void aFreeTeamMayRemoveItsLastCard() {
    Team team = CardRules.add(free(), VISA, MARCH_1).team();
    assertThat(team.subscription().terms().plan()).isEqualTo(KafkamanSample.FREE);

    PaymentChange removed = CardRules.remove(team, Catalog.kafkamanSample(), "a");
    assertThat(removed.team().cards()).isEmpty();
    assertThat(removed.team().primaryCardToken()).isEmpty();
    assertThat(removed.summary()).isEqualTo("card visa ending 4242 (exp 2027-08) removed");
  }

  @Test
  void switchingToTheCollectionMethodInUseIsRefusedNamingIt() {
    Team team = free();
    assertRefused(
        () -> CollectionRules.switchTo(team, PaymentStory.CATALOG, team.collectionMethod()),
        BillingErrorCode.NOTHING_TO_CHANGE,
        "method",
        "the team already uses " + team.collectionMethod());
  }

  @Test
  void aBillingDetailsEditNamesEveryFieldItChanges() {
    Team team = free();
    BillingDetails before = team.billingDetails();
    BillingDetails after =
        new BillingDetails("Acme GmbH", "accounts@acme.test", "2 High St\nLeeds", "GB123");

    assertThat(BillingDetailsRules.update(team, after).summary())
        .isEqualTo(
            "billing details: company name 'Acme Ltd' -> 'Acme GmbH', billing email"
                + " 'billing@acme.test' -> 'accounts@acme.test', address '1 Main St' -> '2 High"
                + " St,Leeds', VAT ID '' -> 'GB123' (future invoices only)");
    assertRefused(
        () -> BillingDetailsRules.update(team, before),
        BillingErrorCode.NOTHING_TO_CHANGE,
        "details",
        "the billing details are already " + before);
    assertThat(Optional.of(before.companyName())).contains("Acme Ltd");
  }
}
