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
package co.kafkaman.billing.benchmarks;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * The main class of {@code benchmarks.jar}: runs JMH with the given command-line options (the same
 * as JMH's own main, such as {@code -f 1 -wi 3 -i 5 -prof gc} or a benchmark name pattern), then
 * prints the results as a Markdown table with the ratios the targets are stated in: library against
 * the long-cents reference, naive Moneta against the library, and the batch's teams per second.
 * Listing and help options go straight to JMH.
 */
public final class BenchmarkMain {
  private static final Set<String> JMH_ONLY =
      Set.of("-h", "-help", "--help", "-l", "-lp", "-lprof", "-lrf", "-v");

  private BenchmarkMain() {}

  /**
   * Runs the benchmarks.
   *
   * @param args JMH command-line options
   * @throws Exception when JMH fails
   */
  public static void main(String[] args) throws Exception {
    for (String arg : args) {
      if (JMH_ONLY.contains(arg)) {
        org.openjdk.jmh.Main.main(args);
        return;
      }
    }
    Collection<RunResult> results;
    try {
      results = new Runner(new CommandLineOptions(args)).run();
    } catch (CommandLineOptionException | RunnerException e) {
      System.err.println(e.getMessage());
      System.exit(1);
      return;
    }
    render(results, System.out);
  }

  /**
   * Prints {@code results} as a Markdown table with the ratios.
   *
   * @param results the JMH results
   * @param out where to print
   */
  static void render(Collection<RunResult> results, PrintStream out) {
    Map<String, RunResult> byName = new LinkedHashMap<>();
    for (RunResult result : results) {
      String name = result.getParams().getBenchmark();
      StringBuilder key =
          new StringBuilder(name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1));
      for (String param : result.getParams().getParamsKeys()) {
        key.append(' ').append(param).append('=').append(result.getParams().getParam(param));
      }
      byName.put(key.toString(), result);
    }
    out.println();
    out.println("| benchmark | score | error (99.9%) | unit | alloc B/op | ratio |");
    out.println("| --- | ---: | ---: | --- | ---: | --- |");
    for (Map.Entry<String, RunResult> entry : byName.entrySet()) {
      Result<?> primary = entry.getValue().getPrimaryResult();
      out.printf(
          Locale.ROOT,
          "| %s | %s | %s | %s | %s | %s |%n",
          entry.getKey(),
          number(primary.getScore()),
          number(primary.getScoreError()),
          primary.getScoreUnit(),
          allocation(entry.getValue()),
          ratio(entry.getKey(), byName));
    }
  }

  private static String ratio(String name, Map<String, RunResult> byName) {
    String workload = name.substring(0, name.indexOf('.'));
    String method = name.substring(name.indexOf('.') + 1).split(" ", 2)[0];
    List<String> parts = new ArrayList<>();
    if (method.startsWith("library")) {
      double library = score(byName, workload + "." + method);
      double reference = score(byName, workload + ".longCents");
      double naive = score(byName, workload + ".naiveMoneta");
      if (reference > 0) {
        parts.add(String.format(Locale.ROOT, "%.1fx long cents", library / reference));
      }
      if (naive > 0) {
        parts.add(String.format(Locale.ROOT, "%.1fx faster than naive Moneta", naive / library));
      }
    } else if (workload.equals("BatchRenewalBenchmark")) {
      double teamsPerSecond = score(byName, name);
      parts.add(
          String.format(
              Locale.ROOT,
              "1,000,000 renewals in %.2f s",
              BatchRenewalBenchmark.RENEWALS / teamsPerSecond));
    } else if (workload.equals("AgendaBenchmark")) {
      double millis = score(byName, name);
      parts.add(
          String.format(
              Locale.ROOT, "%,.0f teams per second", AgendaBenchmark.TEAMS / (millis / 1000)));
    }
    return String.join("; ", parts);
  }

  private static double score(Map<String, RunResult> byName, String name) {
    RunResult result = byName.get(name);
    return result == null ? -1 : result.getPrimaryResult().getScore();
  }

  @SuppressWarnings("rawtypes") // JMH's secondary results are a map of raw Results
  private static String allocation(RunResult result) {
    for (Map.Entry<String, Result> secondary : result.getSecondaryResults().entrySet()) {
      if (secondary.getKey().endsWith("gc.alloc.rate.norm")) {
        return number(secondary.getValue().getScore());
      }
    }
    return "";
  }

  private static String number(double value) {
    if (Double.isNaN(value)) {
      return "";
    }
    if (Math.abs(value) >= 100) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    return String.format(Locale.ROOT, "%.2f", value);
  }
}
