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
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.BillingException;
import co.kafkaman.billing.model.InputLimits;
import co.kafkaman.billing.model.catalog.KafkamanSample;
import co.kafkaman.billing.model.invoice.BillingDetails;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.money.Currencies;
import co.kafkaman.billing.model.payment.CardReference;
import co.kafkaman.billing.model.payment.PaymentChannel;
import co.kafkaman.billing.model.team.Member;
import co.kafkaman.billing.model.team.Role;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.team.Terms;
import co.kafkaman.billing.model.team.UsageTally;
import co.kafkaman.billing.model.time.BillingFrequency;
import co.kafkaman.billing.model.time.DateRange;
import co.kafkaman.billing.rules.change.ChangeRequest;
import co.kafkaman.billing.rules.change.Timing;
import co.kafkaman.billing.rules.flex.FlexFixtures;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Map;
import javax.money.MonetaryAmount;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 13's poison inputs: each one a careless host passed and the engine once accepted (and broke
 * on later), now refused where it enters, with a typed error naming the field and the value, the
 * team left exactly as it was. The team is monthly Basic with 3 seats created 2024-03-01 ({@code
 * ana} its only member). Nulls are passed on purpose, as a careless host would.
 */
@SuppressWarnings("NullAway")
class EdgeValidationTest {
  private final BillingEngine engine = BillingEngine.of(FlexFixtures.CATALOG);
  private final LocalDate on = d("2024-03-15");

  private Team basic() {
    return created(
        engine, d("2024-03-01"), Terms.of(KafkamanSample.BASIC, BillingFrequency.MONTHLY, 3));
  }

  // --- members -------------------------------------------------------------------------------

  @Test
  void aMemberWithoutAnEmailFailsAtTheCommandNamingTheEmail() {
    assertThatThrownBy(() -> Command.AddMember.of("m", "ana", "bo", null, Role.BILLING))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("email");
    assertThatThrownBy(() -> Member.of("bo", null, on))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("email");
  }

  @ParameterizedTest(name = "email ''{0}'': {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "''              | BLANK_VALUE     | must not be blank",
        "nonsense        | MALFORMED_VALUE | 'nonsense' is not an email address",
        "@acme.test      | MALFORMED_VALUE | '@acme.test' is not an email address",
        "bo @acme.test   | MALFORMED_VALUE | 'bo @acme.test' is not an email address"
      })
  void memberEmailsAreCheckedAsTheBillingEmailIs(
      String email, BillingErrorCode code, String reason) {
    assertRefused(() -> Command.AddMember.of("m", "ana", "bo", email), code, "email", reason);
    assertRefused(() -> Member.of("bo", email, on), code, "email", reason);
    assertRefused(() -> BillingDetails.ofEmail(email), code, "billingEmail", reason);
  }

  @Test
  void theLastMemberCannotBeRemoved() {
    Team team = basic();

    Outcome.Refused refused =
        refused(engine.apply(team, new Command.RemoveMember("r", "ana", "ana"), on));

    assertThat(refused.code()).isEqualTo(BillingErrorCode.LAST_MEMBER_REMOVAL);
    assertThat(refused.field()).isEqualTo("memberId");
    assertThat(refused.reason())
        .isEqualTo("'ana' is the last member of team acme; add another member first");
    assertThat(refused.team()).isSameAs(team);
    Team two =
        accepted(engine.apply(team, Command.AddMember.of("a", "ana", "bo", "bo@acme.test"), on))
            .team();
    assertThat(
            accepted(engine.apply(two, new Command.RemoveMember("r", "ana", "ana"), on))
                .team()
                .members())
        .extracting(Member::id)
        .containsExactly("bo");
  }

  // --- quantities and overflow ----------------------------------------------------------------

  @Test
  void seatsAndBlocksHaveBoundsSoThatRenewalNeverOverflows() {
    assertRefused(
        () -> Terms.of(KafkamanSample.BASIC, BillingFrequency.MONTHLY, Integer.MAX_VALUE),
        BillingErrorCode.INVALID_QUANTITY,
        "seats",
        "must be 0 to 100000, was 2147483647");
    assertRefused(
        () ->
            Terms.of(KafkamanSample.BASIC, BillingFrequency.MONTHLY, 3)
                .withBlocks(KafkamanSample.MONITORING_REQUESTS, InputLimits.MAX_BLOCKS + 1),
        BillingErrorCode.INVALID_QUANTITY,
        "addOnBlocks.MONITORING_REQUESTS",
        "must be 0 to 10000, was 10001");

    // the most seats and blocks a team may have still bill, quote and renew
    Terms most =
        Terms.of(KafkamanSample.BASIC, BillingFrequency.MONTHLY, InputLimits.MAX_SEATS)
            .withBlocks(KafkamanSample.MONITORING_REQUESTS, InputLimits.MAX_BLOCKS);
    Outcome.Accepted bought =
        accepted(
            engine.apply(
                basic(), Command.ChangeSubscription.of("c", "ana", most, Timing.IMMEDIATELY), on));
    Team team = bought.team();
    assertThat(engine.quoteRenewal(team).total().isPositive()).isTrue();
    Outcome.Accepted renewed =
        accepted(engine.apply(team, new Command.Renew("r", "system"), d("2024-04-01")));
    assertThat(renewed.invoices())
        .singleElement()
        .satisfies(i -> assertThat(i.totalDue().isPositive()).isTrue());
  }

  @ParameterizedTest(name = "a reading of {0} units")
  @CsvSource({"9223372036854775807", "4611686018427387904", "1000000000001", "0", "-1"})
  void aReadingHasBoundsSoThatNoTallyOverflows(long quantity) {
    assertRefused(
        () ->
            new Command.RecordUsage(
                "u", "system", KafkamanSample.MONITORING_REQUESTS, quantity, "", at(on)),
        BillingErrorCode.INVALID_QUANTITY,
        "quantity",
        "was " + quantity);
  }

  @Test
  void theLargestReadingsWithOverageAllowedAreBilledWithoutOverflow() {
    Team team =
        accepted(
                engine.apply(
                    basic(),
                    new Command.SetOverage(
                        "o",
                        "ana",
                        KafkamanSample.MONITORING_REQUESTS,
                        true,
                        at(on).minusSeconds(60)),
                    on))
            .team();
    for (int i = 0; i < 3; i++) {
      team =
          accepted(
                  engine.apply(
                      team,
                      new Command.RecordUsage(
                          "u" + i,
                          "system",
                          KafkamanSample.MONITORING_REQUESTS,
                          InputLimits.MAX_USAGE_QUANTITY,
                          "monitor-a",
                          at(on)),
                      on))
              .team();
    }

    assertThat(engine.usage(team, on).of(KafkamanSample.MONITORING_REQUESTS).used())
        .isEqualTo(3_000_000_000_000L);
    Outcome.Accepted renewed =
        accepted(engine.apply(team, new Command.Renew("r", "system"), d("2024-04-01")));
    // 3,000,000,000,000 - 10,000 included = 2,999,999,990,000 billable: 2,999,999,990 x 0.90
    assertThat(renewed.invoices().get(0).lines())
        .anySatisfy(l -> assertThat(l.amount()).isEqualTo(Amount.of("2699999991.00", "USD")));
  }

  @Test
  void aUsageMonthCountsAtMostItsLimitAndSaysSoInsteadOfOverflowing() {
    UsageTally full =
        new UsageTally(
            InputLimits.MAX_USAGE_PER_MONTH, 0, Map.of("a", InputLimits.MAX_USAGE_PER_MONTH));

    assertRefused(
        () -> full.plus(1, 0, "a"),
        BillingErrorCode.INVALID_QUANTITY,
        "quantity",
        "1 more units would pass the 1000000000000000 units a usage month counts");
    assertRefused(
        () -> new UsageTally(Long.MAX_VALUE, 0, Map.of("a", Long.MAX_VALUE)),
        BillingErrorCode.INVALID_QUANTITY,
        "used",
        "was 9223372036854775807");
    assertRefused(
        () -> new UsageTally(10, 0, Map.of("a", 5L, "b", Long.MAX_VALUE)),
        BillingErrorCode.INCONSISTENT_STATE,
        "bySource",
        "sources sum to more than the 10 used");
  }

  @Test
  void aPaymentBeyondTheAmountLimitIsRefusedAsAnOverflow() {
    assertRefused(
        () ->
            new Command.RecordPayment(
                "p",
                "ana",
                "KB-000001",
                PaymentChannel.ONLINE,
                Amount.ofMinor(Long.MAX_VALUE, FlexFixtures.USD)),
        BillingErrorCode.AMOUNT_OVERFLOW,
        "amount",
        "USD 92233720368547758.07 is beyond");
  }

  // --- instants -------------------------------------------------------------------------------

  @Test
  void aReadingWithoutAnInstantFailsAtTheCommand() {
    assertThatThrownBy(
            () ->
                new Command.RecordUsage(
                    "u", "system", KafkamanSample.MONITORING_REQUESTS, 5, "", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("at");
  }

  @ParameterizedTest(name = "a reading at {0} recorded on 2024-03-15")
  @CsvSource({
    "2019-03-15T12:00:00Z",
    "2029-03-15T12:00:00Z",
    "2024-02-28T00:00:00Z",
    "2024-03-17T00:00:00Z",
    "2024-04-01T18:00:00Z"
  })
  void aReadingOutsideItsUsageMonthIsRefused(String instant) {
    Team team = basic();

    Outcome.Refused refused =
        refused(
            engine.apply(
                team,
                new Command.RecordUsage(
                    "u",
                    "system",
                    KafkamanSample.MONITORING_REQUESTS,
                    5,
                    "",
                    Instant.parse(instant)),
                on));

    assertThat(refused.code()).isEqualTo(BillingErrorCode.DATE_OUT_OF_RANGE);
    assertThat(refused.field()).isEqualTo("at");
    assertThat(refused.reason())
        .isEqualTo(
            instant
                + " is not in the usage month [2024-03-01, 2024-04-01) up to the billing date"
                + " 2024-03-15 in any time zone; the reading is recorded in that month");
    assertThat(refused.team()).isSameAs(team);
  }

  @ParameterizedTest(name = "a reading at {0} recorded on 2024-03-15 is in its month")
  @CsvSource({"2024-03-01T00:00:00Z", "2024-02-29T06:00:00Z", "2024-03-16T17:59:59Z"})
  void aReadingInItsUsageMonthInSomeTimeZoneIsAccepted(String instant) {
    accepted(
        engine.apply(
            basic(),
            new Command.RecordUsage(
                "u", "system", KafkamanSample.MONITORING_REQUESTS, 5, "", Instant.parse(instant)),
            on));
  }

  @Test
  void anOverageSettingWithoutAnInstantFailsAtTheCommand() {
    assertThatThrownBy(
            () ->
                new Command.SetOverage("o", "ana", KafkamanSample.MONITORING_REQUESTS, true, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("effectiveFrom");
    assertRefused(
        () ->
            new Command.SetOverage(
                "o", "ana", KafkamanSample.MONITORING_REQUESTS, true, Instant.MAX),
        BillingErrorCode.DATE_OUT_OF_RANGE,
        "effectiveFrom",
        "+1000000000-12-31T23:59:59.999999999Z is outside the dates accepted");
  }

  // --- nulls at the entry points --------------------------------------------------------------

  @Test
  void nullArgumentsFailAtTheCallNamingTheParameter() {
    Team team = basic();
    Command renew = new Command.Renew("r", "system");
    assertNull(() -> engine.apply(null, renew, on), "team");
    assertNull(() -> engine.apply(team, null, on), "command");
    assertNull(() -> engine.apply(team, renew, (LocalDate) null), "asOf");
    assertNull(() -> engine.apply(team, renew, (java.time.Instant) null), "at");
    assertNull(() -> engine.create(null, on), "command");
    assertNull(() -> engine.quoteRenewal(null), "team");
    assertNull(() -> engine.usage(team, null), "asOf");
    assertNull(() -> engine.autoFlexOverview(null, on), "team");
    assertNull(() -> engine.agenda(team, null), "range");
    assertNull(() -> engine.chargeFor(team, null, on), "invoiceNumber");
    assertNull(() -> engine.pendingPayments(team, null), "asOf");
    assertNull(() -> engine.historyBetween(null, DateRange.ofDays(on, 1)), "team");
    assertNull(() -> engine.replay(null), "history");
    Terms five = Terms.of(KafkamanSample.BASIC, BillingFrequency.MONTHLY, 5);
    assertNull(() -> Command.ChangeSubscription.of("c", "ana", five, null), "timing");
    assertNull(() -> Command.ChangeSubscription.of("c", "ana", null, Timing.IMMEDIATELY), "target");
    assertNull(() -> new ChangeRequest(five, null, false), "timing");
    assertNull(() -> new Command.ChangeSubscription(null, "ana", null), "id");
    assertNull(() -> new Command.ChangeSubscription("c", null, null), "actor");
    assertNull(() -> new Command.ChangeSubscription("c", "ana", null), "request");
    assertNull(() -> new Command.AddCard("k", "ana", null), "card");
    assertNull(() -> new Command.RemoveCard("k", "ana", null), "token");
    assertNull(() -> new Command.RecordPayment("p", "ana", "KB-1", null, null), "channel");
    assertNull(() -> new Command.ReportPaymentAttempt("p", "ana", "KB-1", null, ""), "outcome");
    assertNull(() -> Command.ReportPaymentAttempt.failed("p", "KB-1", null), "reason");
    assertNull(() -> new Command.SetStandingInstructions("s", "ana", null), "nextTerms");
  }

  // --- creation -------------------------------------------------------------------------------

  private Creation create(String currency, LocalDate asOf) {
    return engine.create(
        new Command.CreateTeam(
            "c-1",
            "ana",
            "acme",
            Currencies.of(currency),
            Member.of("ana", "ana@acme.test", on, Role.ADMIN),
            BillingDetails.ofEmail("billing@acme.test"),
            "KB-",
            Terms.of(KafkamanSample.FREE, BillingFrequency.MONTHLY, 1)),
        asOf);
  }

  @Test
  void aRefusedCreationHasNoTeam() {
    Creation creation = create("EUR", on);

    assertThat(creation).isInstanceOf(Creation.Refused.class);
    assertThat(creation.isAccepted()).isFalse();
    assertThat(creation.summary())
        .isEqualTo(
            "Refused BILL-101 CURRENCY_MISMATCH [currency]: EUR is not the catalog currency USD");
    assertThat(Arrays.stream(Creation.Refused.class.getRecordComponents()))
        .noneMatch(c -> c.getType() == Team.class);
    assertThat(create("USD", on)).isInstanceOf(Outcome.Accepted.class);
  }

  @Test
  void aCreationDatedOutsideTheDatesAcceptedIsRefused() {
    Creation creation = create("USD", LocalDate.MAX);

    assertThat(((Creation.Refused) creation).code()).isEqualTo(BillingErrorCode.DATE_OUT_OF_RANGE);
    assertThat(((Creation.Refused) creation).field()).isEqualTo("asOf");
  }

  // --- queries: bounded ranges, dates the team existed on -------------------------------------

  @Test
  void anOpenEndedAgendaIsRefusedAtOnce() {
    Team team = basic();

    assertTimeoutPreemptively(
        Duration.ofSeconds(5),
        () ->
            assertRefused(
                () -> engine.agenda(team, DateRange.of(on, LocalDate.MAX)),
                BillingErrorCode.DATE_OUT_OF_RANGE,
                "range",
                "ends after the dates accepted, up to 9999-12-31"));
    assertRefused(
        () -> engine.agenda(team, DateRange.ofDays(on, InputLimits.MAX_RANGE_DAYS + 1)),
        BillingErrorCode.DATE_OUT_OF_RANGE,
        "range",
        "covers 3661 days; an agenda covers at most 3660: ask again for the next range");
    assertThat(engine.agenda(team, DateRange.ofDays(on, InputLimits.MAX_RANGE_DAYS)).events())
        .hasSizeGreaterThan(100);
  }

  @Test
  void queriesDatedBeforeTheTeamExistedAreRefused() {
    Team team = basic();
    LocalDate before = d("2024-02-29");
    String reason = "2024-02-29 is before the team was created on 2024-03-01";

    assertRefused(
        () -> engine.usage(team, before), BillingErrorCode.DATE_OUT_OF_RANGE, "asOf", reason);
    assertRefused(
        () -> engine.pendingPayments(team, before),
        BillingErrorCode.DATE_OUT_OF_RANGE,
        "asOf",
        reason);
    assertRefused(
        () -> engine.autoFlexOverview(team, before),
        BillingErrorCode.DATE_OUT_OF_RANGE,
        "asOf",
        reason);
    assertRefused(
        () -> engine.chargeFor(team, "KB-000001", before),
        BillingErrorCode.DATE_OUT_OF_RANGE,
        "asOf",
        reason);
    assertThat(engine.agenda(team, DateRange.of(d("2024-01-01"), d("2024-03-01"))).events())
        .isEmpty();
  }

  @Test
  void queriesFarInTheFutureAreRefusedInsteadOfThrowingDateTimeExceptions() {
    Team team = basic();

    assertRefused(
        () -> engine.usage(team, LocalDate.MAX),
        BillingErrorCode.DATE_OUT_OF_RANGE,
        "asOf",
        "+999999999-12-31 is outside the dates accepted, 1900-01-01 to 9999-12-31");
    assertRefused(
        () -> engine.pendingPayments(team, LocalDate.MAX),
        BillingErrorCode.DATE_OUT_OF_RANGE,
        "asOf",
        "+999999999-12-31");
    Outcome.Refused renew =
        refused(engine.apply(team, new Command.Renew("r", "system"), LocalDate.MAX));
    assertThat(renew.code()).isEqualTo(BillingErrorCode.DATE_OUT_OF_RANGE);
    assertThat(renew.team()).isSameAs(team);
  }

  // --- ids and free texts ---------------------------------------------------------------------

  @ParameterizedTest(name = "member id {0}")
  @CsvSource({
    "../../etc/passwd",
    "..",
    "-rf",
    "bo smith",
    "'bo\u0000'",
    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
  })
  void memberIdsAreIds(String memberId) {
    assertRefused(
        () -> Command.AddMember.of("m", "ana", memberId, "bo@acme.test"),
        BillingErrorCode.MALFORMED_VALUE,
        "memberId",
        "is not an id: 1 to 64 characters of A-Z a-z 0-9 . _ - : @ + #");
    assertRefused(
        () -> Member.of(memberId, "bo@acme.test", on),
        BillingErrorCode.MALFORMED_VALUE,
        "id",
        "is not an id");
  }

  @ParameterizedTest(name = "usage source with U+{1}")
  @CsvSource({"'monitor\u0007', 0007", "'a\u202Eb', 202E", "'line\nbreak', 000A"})
  void usageSourcesAreFreeTexts(String source, String codePoint) {
    assertRefused(
        () ->
            new Command.RecordUsage(
                "u", "system", KafkamanSample.MONITORING_REQUESTS, 5, source, at(on)),
        BillingErrorCode.MALFORMED_VALUE,
        "source",
        "found U+" + codePoint);
  }

  @Test
  void freeTextsHaveALength() {
    String huge = "x".repeat(InputLimits.MAX_TEXT_LENGTH + 1);
    assertRefused(
        () ->
            new Command.RecordUsage(
                "u", "system", KafkamanSample.MONITORING_REQUESTS, 5, huge, at(on)),
        BillingErrorCode.MALFORMED_VALUE,
        "source",
        "must be at most 200 characters, was 201");
    assertRefused(
        () -> new BillingDetails("Acme", "billing@acme.test", "y".repeat(1001), ""),
        BillingErrorCode.MALFORMED_VALUE,
        "address",
        "must be at most 1000 characters, was 1001");
    assertThat(
            new BillingDetails("Acme", "billing@acme.test", "1 Main St\nSpringfield", "").address())
        .contains("\n");
  }

  @Test
  void aCardNeedsABrandThatIsAFreeText() {
    YearMonth expiry = YearMonth.of(2027, 8);
    assertThatThrownBy(() -> new CardReference("tok_1", null, "4242", expiry))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("brand");
    assertRefused(
        () -> new CardReference("tok_1", "visa\r\n", "4242", expiry),
        BillingErrorCode.MALFORMED_VALUE,
        "brand",
        "found U+000D at index 4");
    assertRefused(
        () -> new CardReference("../tok", "visa", "4242", expiry),
        BillingErrorCode.MALFORMED_VALUE,
        "token",
        "'../tok' is not an id");
  }

  @Test
  void invoiceNumbersMayHoldSlashesButNotDotDot() {
    assertThat(Command.ReportPaymentAttempt.succeeded("p", "INV/2024/000007").invoiceNumber())
        .isEqualTo("INV/2024/000007");
    assertRefused(
        () -> Command.ReportPaymentAttempt.succeeded("p", "INV/../000007"),
        BillingErrorCode.MALFORMED_VALUE,
        "invoiceNumber",
        "without '..'");
  }

  @Test
  void aRefusedBuySeatAlternativeOfALongIdIsStillAnId() {
    Team free =
        created(
            engine, d("2024-03-01"), Terms.of(KafkamanSample.FREE, BillingFrequency.MONTHLY, 1));
    String longId = "c".repeat(InputLimits.MAX_ID_LENGTH);

    Outcome.Refused full =
        refused(engine.apply(free, Command.AddMember.of(longId, "ana", "di", "di@acme.test"), on));

    assertThat(full.alternative())
        .hasValueSatisfying(
            a -> assertThat(a.id()).isEqualTo("c".repeat(55) + "-buy-seat").hasSize(64));
  }

  // --- amounts handed out ---------------------------------------------------------------------

  @ParameterizedTest(name = "{0} {1} keeps its scale")
  @CsvSource({"36.00, USD, USD 36.00, 2", "10.50, EUR, EUR 10.50, 2", "3600, JPY, JPY 3600, 0"})
  void amountsHandedOutKeepTheirCurrencysScale(
      String value, String currency, String printed, int scale) {
    Amount amount = Amount.of(value, currency);

    MonetaryAmount out = amount.toMonetaryAmount();

    assertThat(out.toString()).isEqualTo(printed);
    assertThat(out.getContext().getMaxScale()).isEqualTo(scale);
    assertThat(out.getNumber().numberValue(BigDecimal.class)).isEqualByComparingTo(value);
    assertThat(Amount.from(out)).isEqualTo(amount);
    assertThat(out.add(out).toString())
        .endsWith(amount.plus(amount).toBigDecimal().toPlainString());
  }

  private static void assertNull(ThrowingCallable call, String parameter) {
    assertThatThrownBy(call).isInstanceOf(NullPointerException.class).hasMessage(parameter);
  }

  private static void assertRefused(
      ThrowingCallable call, BillingErrorCode code, String field, String reasonPart) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            BillingException.class,
            e -> {
              assertThat(e.errorCode()).as("code").isEqualTo(code);
              assertThat(e.field()).as("field").isEqualTo(field);
              assertThat(e.reason()).as("reason").contains(reasonPart);
            });
  }
}
