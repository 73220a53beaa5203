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
package co.kafkaman.billing.testkit.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.kafkaman.billing.model.money.RoundingPolicy;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.rules.dunning.DunningEnd;
import co.kafkaman.billing.rules.dunning.DunningTerms;
import co.kafkaman.billing.rules.dunning.OverdueEffect;
import co.kafkaman.billing.rules.dunning.OverdueRenewals;
import co.kafkaman.billing.rules.dunning.OverdueStage;
import co.kafkaman.billing.rules.dunning.RetrySchedule;
import co.kafkaman.billing.rules.engine.BillingEngine;
import co.kafkaman.billing.rules.engine.Command;
import co.kafkaman.billing.testkit.TeamFixture;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Malformed files are reported with file, line and key; mismatches as readable diffs. */
class ScenarioFormatTest {
  private static final String GOOD =
      """
      version: 1
      name: two seats
      catalog: sample
      team:
        created: 2024-03-01
        plan: BASIC
        seats: 3
      steps:
        - on: 2024-03-15
          change: {seats: 5}
          expect:
            invoices:
              - lines: [SEAT_PRORATION 2 x 12.00 x 17/31 days = 13.16]
                total: 13.16
      """;

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "seats: 3|seets: 3"
            + "|t.yaml:7: team.seets: unknown key 'seets'; expected one of [billingDay, billingDetails, blocks,"
            + " card, collection, created, currency, expect, frequency, id, invoicePrefix, owner, plan, seats]",
        "seats: 3|seats: three|t.yaml:7: team.seats: 'three' is not a whole number",
        "on: 2024-03-15|on: 2024-02-30|t.yaml:9: steps[0].on: '2024-02-30' is not a date like 2024-03-15",
        "version: 1|version: 2|t.yaml:1: version: version 2 is not supported; this testkit reads version 1",
        "plan: BASIC|plan: GOLD|t.yaml:6: team.plan: 'GOLD' is not a plan of the catalog; its plans are [FREE, BASIC, PROFESSIONAL, ENTERPRISE]",
        "change: {seats: 5}|chnage: {seats: 5}|t.yaml:10: steps[0].chnage: unknown key 'chnage'; expected one of [addCard, addMember, at, by, cancel, change, changeBillingDay, clearStandingInstructions, downgradeToFree, enableAutoFlex, expect, id, note, on, pause, recordPayment, recordUsage, removeCard, removeMember, renew, reportPayment, resume, setOverage, setPrimaryCard, standingInstructions, updateBillingDetails, voidInvoice]",
        "total: 13.16|total: 13.161|t.yaml:14: steps[0].expect.invoices[0].total: '13.161' is not an amount: 13.161 has more than 2 decimals, the scale of USD",
        "SEAT_PRORATION 2|SEAT_PRORATON 2|t.yaml:13: steps[0].expect.invoices[0].lines[0]: 'SEAT_PRORATON' is not a LineKind; expected one of [PLAN_SEATS, SEAT_PRORATION, PLAN_FEE, PLAN_FEE_PRORATION, CHANGE_CREDIT, ADD_ON, ADD_ON_PRORATION, OVERAGE, AUTO_FLEX, ACCOUNT_CREDIT_APPLIED, CREDIT_TO_ACCOUNT]",
        "catalog: sample|catalog: samples|t.yaml:3: catalog: 'samples' is not a catalog; write 'sample', 'file: <name>.properties' or the catalog inline",
        "name: two seats|title: two seats|t.yaml:2: title: unknown key 'title'; expected one of [catalog, catalogAdoption, catalogVersions, changePolicy, conventions, dayCount, description, dunning, name, prorationLayout, rounding, steps, team, version, zone]",
        "  created: 2024-03-01|  created: [2024-03-01|t.yaml:6: not valid YAML: expected ',' or ']', but got :",
        "change: {seats: 5}|recordUsage: {resource: MONITORING_REQUESTS, quantity: 5, at: noon}|t.yaml:10: steps[0].recordUsage.at: 'noon' is not an instant like 2024-03-15T10:00:00Z",
        "change: {seats: 5}|setOverage: {resource: MONITORING_REQUESTS, alowed: false}|t.yaml:10: steps[0].setOverage.alowed: unknown key 'alowed'; expected one of [allowed, from, resource]",
      })
  void aMalformedFileNamesFileLineAndKey(String from, String to, String message) {
    assertThatThrownBy(() -> read(GOOD.replace(from, to)))
        .isInstanceOf(ScenarioException.class)
        .hasMessage(message);
  }

  @ParameterizedTest(name = "dunning: {0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          {retryWaits: [8, 0, 8]}                 | t.yaml:4: dunning: waitsInDays[1]: must be 1 day or more, was 0
          {retryWaits: [8, 8, 8]}                 | t.yaml:4: dunning: graceDays: 21 must be more than the last attempt's offset 24: every attempt falls inside the grace period
          {end: give up}                          | t.yaml:4: dunning.end: 'give up' is not a DunningEnd; expected one of [DEACTIVATE, CANCEL_SUBSCRIPTION, MARK_UNCOLLECTIBLE]
          {retryWait: [8]}                        | t.yaml:4: dunning.retryWait: unknown key 'retryWait'; expected one of [end, graceDays, renewals, retryOffsets, retryWaits, stages]
          """)
  void aBadDunningKeyNamesTheFieldAndValue(String dunning, String message) {
    assertThatThrownBy(
            () ->
                read(
                    GOOD.replace(
                        "catalog: sample\n", "catalog: sample\ndunning: " + dunning + "\n")))
        .isInstanceOf(ScenarioException.class)
        .hasMessage(message);
  }

  @Test
  void aGoodDunningKeyIsRead() {
    Scenario scenario =
        read(
            GOOD.replace(
                "catalog: sample\n",
                "catalog: sample\ndunning: {retryWaits: [8, 8, 8], graceDays: 30, end: mark"
                    + " uncollectible, renewals: always, stages: [{name: blocked, days: 10,"
                    + " effects: [block changes]}]}\n"));
    assertThat(ScenarioRunner.standard().run(scenario).passed()).isTrue();
    DunningTerms terms = scenario.engine().policy().dunning().termsOn(LocalDate.of(2024, 3, 1));
    assertThat(terms)
        .isEqualTo(
            DunningTerms.kafkaman()
                .withGraceDays(30)
                .withRetries(RetrySchedule.waits(8, 8, 8))
                .withEnd(DunningEnd.MARK_UNCOLLECTIBLE)
                .withRenewals(OverdueRenewals.ALWAYS)
                .withStages(OverdueStage.of("blocked", 10, OverdueEffect.BLOCK_CHANGES)));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          dayCount: actual days                 | actual days
          dayCount: 30E/360                     | 30-day months (30E/360)
          dayCount: whole_months                | whole months
          dayCount: seconds                     | seconds (UTC)
          dayCount: Seconds; zone: Europe/Berlin | seconds (Europe/Berlin)
          """)
  void aDayCountIsReadWithItsZone(String keys, String name) {
    Scenario scenario =
        read(
            GOOD.replace(
                "catalog: sample\n", "catalog: sample\n" + keys.replace("; ", "\n") + "\n"));
    assertThat(scenario.engine().policy().proration().dayCount().name()).isEqualTo(name);
    assertThat(scenario.engine().policy().proration().rounding()).isEqualTo(RoundingPolicy.HALF_UP);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          dayCount: minutes                      | t.yaml:4: dayCount: 'minutes' is not a day count; expected one of actual days, 30E/360, whole months, seconds
          dayCount: seconds; zone: Mars/Olympus  | t.yaml:5: zone: 'Mars/Olympus' is not a time zone like Europe/Berlin or UTC
          zone: Europe/Berlin                    | t.yaml:4: zone: a zone goes with 'dayCount: seconds'; without it days count as dates
          dayCount: actual days; zone: UTC       | t.yaml:5: zone: a zone goes with 'dayCount: seconds'; 'actual days' counts dates
          """)
  void aBadDayCountOrZoneNamesTheKeyAndValue(String keys, String message) {
    assertThatThrownBy(
            () ->
                read(
                    GOOD.replace(
                        "catalog: sample\n",
                        "catalog: sample\n" + keys.replace("; ", "\n") + "\n")))
        .isInstanceOf(ScenarioException.class)
        .hasMessage(message);
  }

  /**
   * A step's {@code at:} must fall on its {@code on} in the zone: 2024-03-14T23:30Z is 00:30 on
   * 2024-03-15 in Berlin (CET, +1), 2024-03-15T23:30Z is already 2024-03-16 there.
   */
  @ParameterizedTest(name = "{0}: {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          UTC           | at: noon                 | t.yaml:12: steps[0].at: 'noon' is not an instant like 2024-03-15T10:00:00Z
          UTC           | at: 2024-03-14T23:30:00Z | t.yaml:12: steps[0].at: '2024-03-14T23:30:00Z' is 2024-03-14 in UTC, not the step's date 2024-03-15
          Europe/Berlin | at: 2024-03-15T23:30:00Z | t.yaml:12: steps[0].at: '2024-03-15T23:30:00Z' is 2024-03-16 in Europe/Berlin, not the step's date 2024-03-15
          """)
  void aStepsInstantMustFallOnItsDate(String zone, String at, String message) {
    assertThatThrownBy(() -> read(seconds(zone, at)))
        .isInstanceOf(ScenarioException.class)
        .hasMessage(message);
  }

  @Test
  void aStepsInstantOnItsDateInTheZoneIsRead() {
    Scenario scenario = read(seconds("Europe/Berlin", "at: 2024-03-14T23:30:00Z"));
    assertThat(scenario.steps().get(0).at()).contains(Instant.parse("2024-03-14T23:30:00Z"));
    assertThat(read(GOOD).steps().get(0).at()).isEmpty();
  }

  @Test
  void anInstantNeedsACommand() {
    assertThatThrownBy(
            () ->
                read(seconds("UTC", "at: 2024-03-15T12:00:00Z").replace("change: {seats: 5}", "")))
        .isInstanceOf(ScenarioException.class)
        .hasMessage(
            "t.yaml:12: steps[0].at: '2024-03-15T12:00:00Z' is the instant of the step's command,"
                + " and the step has none");
  }

  /**
   * At 12:00 of 2024-03-15 in UTC, 16.5 of March's 31 days are left: 2 x 12.00 x 1425600/2678400
   * seconds = 12.7741.. -> 12.77 (13.16 on the date, 17 days).
   */
  @Test
  void aStepAtAnInstantIsProratedFromIt() {
    String text =
        seconds("UTC", "at: 2024-03-15T12:00:00Z")
            .replace(
                "SEAT_PRORATION 2 x 12.00 x 17/31 days = 13.16",
                "SEAT_PRORATION 2 x 12.00 x 1425600/2678400 seconds = 12.77")
            .replace("total: 13.16", "total: 12.77");
    ScenarioResult result = ScenarioRunner.standard().run(read(text));
    assertThat(result.passed()).as(result.report()).isTrue();
    assertThat(ScenarioRunner.standard().run(read(text.replace("12.77", "12.78"))).report())
        .contains("step 1 on 2024-03-15 at 2024-03-15T12:00:00Z (change, line 11)");
  }

  @Test
  void anInstantOnAnEngineThatCountsDatesIsTheEnginesRefusal() {
    String at =
        GOOD.replace(
            "  change: {seats: 5}\n", "  at: 2024-03-15T12:00:00Z\n    change: {seats: 5}\n");
    ScenarioResult unexpected = ScenarioRunner.standard().run(read(at));
    assertThat(unexpected.passed()).isFalse();
    assertThat(unexpected.report())
        .contains("- expected: 1 invoice")
        .contains("+ actual:   0 invoices");

    String expected =
        at.substring(0, at.indexOf("    expect:\n"))
            + "    expect:\n"
            + "      outcome: refused INCONSISTENT_STATE\n"
            + "      reason: which counts dates, not instants\n";
    ScenarioResult refused = ScenarioRunner.standard().run(read(expected));
    assertThat(refused.passed()).as(refused.report()).isTrue();
  }

  @Test
  void aUsageReadingWithoutItsOwnInstantTakesTheStepsInstant() {
    Instant noon = Instant.parse("2024-03-15T12:00:00Z");
    Instant ten = Instant.parse("2024-03-15T10:00:00Z");
    Team team = TeamFixture.of(BillingEngine.kafkaman()).create().team();
    LocalDate on = LocalDate.of(2024, 3, 15);
    StepCommand own = usage(", at: 2024-03-15T10:00:00Z");
    StepCommand unnamed = usage("");

    assertThat(((Command.RecordUsage) unnamed.toCommand(team, "u", "ana", on, noon)).at())
        .isEqualTo(noon);
    assertThat(((Command.RecordUsage) own.toCommand(team, "u", "ana", on, noon)).at())
        .isEqualTo(ten);
    assertThat(((Command.RecordUsage) unnamed.toCommand(team, "u", "ana", on)).at())
        .isEqualTo(Instant.parse("2024-03-15T00:00:00Z"));
  }

  private static StepCommand usage(String at) {
    Scenario scenario =
        read(
            GOOD.replace(
                "change: {seats: 5}",
                "recordUsage: {resource: MONITORING_REQUESTS, quantity: 5" + at + "}"));
    return java.util.Objects.requireNonNull(scenario.steps().get(0).command());
  }

  /** {@link #GOOD} prorated by seconds in {@code zone}, its step with the key {@code at}. */
  private static String seconds(String zone, String at) {
    return GOOD.replace(
            "catalog: sample\n", "catalog: sample\ndayCount: seconds\nzone: " + zone + "\n")
        .replace("  change: {seats: 5}\n", "  " + at + "\n    change: {seats: 5}\n");
  }

  @Test
  void aMissingVersionIsReported() {
    assertThatThrownBy(() -> read(GOOD.replace("version: 1\n", "")))
        .hasMessage("t.yaml:1: the key 'version' is missing");
  }

  @Test
  void theGoodFilePasses() {
    Scenario scenario = read(GOOD);
    assertThat(scenario.steps()).hasSize(1);
    assertThat(ScenarioRunner.standard().run(scenario).passed()).isTrue();
  }

  @Test
  void aMismatchIsReportedAsADiffWithTheInvoice() {
    ScenarioResult result =
        ScenarioRunner.standard().run(read(GOOD.replace("total: 13.16", "total: 13.17")));
    assertThat(result.passed()).isFalse();
    assertThat(result.report())
        .contains("FAIL t.yaml: two seats")
        .contains("step 1 on 2024-03-15 (change, line 9)")
        .contains("line 14 steps[0].expect.invoices[0].total")
        .contains("- expected: USD 13.17")
        .contains("+ actual:   USD 13.16")
        .contains("Invoice KB-000002  issued 2024-03-15");
  }

  @Test
  void aWrongNumberOfInvoicesListsWhatWasIssued() {
    ScenarioResult result =
        ScenarioRunner.standard()
            .run(
                read(GOOD.replace("change: {seats: 5}", "change: {seats: 5, timing: on renewal}")));
    assertThat(result.report())
        .contains("line 12 steps[0].expect.invoices")
        .contains("- expected: 1 invoice")
        .contains("+ actual:   0 invoices");
  }

  @Test
  void aNewCommandPlugsIntoTheFormat() {
    ScenarioFormat format =
        ScenarioFormat.standard()
            .withCommand(
                "moveToFree",
                (value, catalog) ->
                    (team, id, actor) ->
                        new Command.SetStandingInstructions(
                            id,
                            actor,
                            team.subscription()
                                .terms()
                                .withPlan(co.kafkaman.billing.model.catalog.KafkamanSample.FREE)));
    String cancel =
        """
        version: 1
        name: move to free
        catalog: sample
        team: {created: 2024-03-01, plan: BASIC, seats: 3}
        steps:
          - on: 2024-03-15
            moveToFree: {}
            expect:
              outcome: accepted
              team: {nextTerms: {plan: FREE}}
        """;
    Scenario scenario = format.read("t.yaml", cancel, Path.of("."));
    assertThat(ScenarioRunner.of(format).run(scenario).report()).startsWith("PASS t.yaml");
    assertThatThrownBy(
            () -> format.withCommand("on", (v, c) -> (t, i, a) -> new Command.Renew(i, a)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theCommandLineExitsNonZeroWhenAScenarioFails(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("good.yaml"), GOOD);
    assertThat(runMain(dir.toString())).startsWith("0\n");
    Files.writeString(dir.resolve("bad.yml"), GOOD.replace("total: 13.16", "total: 13.17"));
    String output = runMain(dir.toString());
    assertThat(output)
        .startsWith("1\n")
        .contains("FAIL")
        .contains("PASS")
        .contains("Scenarios run: 2, passed: 1, failed: 1");
    assertThat(runMain()).startsWith("2\n");
    assertThat(runMain(dir.resolve("missing").toString())).startsWith("2\n");
    assertThatThrownBy(() -> ScenarioRunner.assertPasses(dir))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("1 of 2 scenarios failed");
    assertThat(ScenarioRunner.standard().cases(dir))
        .extracting(ScenarioRunner.ScenarioCase::name)
        .containsExactly("bad.yml", "good.yaml");
  }

  @Test
  void aCatalogFileIsReadBesideTheScenario(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("prices.properties"),
        "currency=JPY\nplans=FREE,BASIC\nplan.FREE.seat.MONTHLY=0\nplan.BASIC.seat.MONTHLY=1200\n");
    Files.writeString(
        dir.resolve("jpy.yaml"),
        GOOD.replace("catalog: sample", "catalog: {file: prices.properties}")
            .replace(
                "SEAT_PRORATION 2 x 12.00 x 17/31 days = 13.16",
                "SEAT_PRORATION 2 x 1200 x 17/31 days = 1316")
            .replace("total: 13.16", "total: JPY 1316"));
    List<ScenarioResult> results = ScenarioRunner.standard().runAll(dir);
    assertThat(results)
        .singleElement()
        .satisfies(r -> assertThat(r.passed()).as(r.report()).isTrue());
  }

  private static Scenario read(String text) {
    return ScenarioFormat.standard().read("t.yaml", text, Path.of("."));
  }

  private static String runMain(String... args) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int status = ScenarioRunner.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return status + "\n" + bytes.toString(StandardCharsets.UTF_8);
  }
}
