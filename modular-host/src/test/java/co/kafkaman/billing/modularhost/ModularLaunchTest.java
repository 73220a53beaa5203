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
package co.kafkaman.billing.modularhost;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Launches the host as a modular application is launched, {@code java --module-path ... --module
 * co.kafkaman.billing.modularhost/...}, with exactly the host's run-time jars (no test framework,
 * no Surefire): the boot layer must resolve, and the process must print its own lines and nothing
 * of Moneta's (no JUL line on standard error).
 */
class ModularLaunchTest {

  @Test
  void bootsOnTheModulePathAndPrintsOnlyItsOwnLines(@TempDir Path dir)
      throws IOException, InterruptedException {
    String modulePath =
        property("modularhost.classes")
            + File.pathSeparator
            + Files.readString(Path.of(property("modularhost.modulePathFile"))).strip();
    Path out = dir.resolve("stdout.txt");
    Path err = dir.resolve("stderr.txt");
    Process process =
        new ProcessBuilder(
                Path.of(property("java.home"), "bin", "java").toString(),
                "--module-path",
                modulePath,
                "--module",
                "co.kafkaman.billing.modularhost/" + ModularHost.class.getName())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("finished within 2 minutes").isTrue();

    String stderr = Files.readString(err, StandardCharsets.UTF_8);
    List<String> stdout = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as("exit code; standard error:%n%s", stderr).isZero();
    assertThat(stderr).as("standard error").isEmpty();
    assertThat(stdout)
        .as("standard output")
        .containsExactly(
            "2 x 12.00 x 17/31 days = 13.16",
            "USD 13.16",
            "PASS "
                + ModularHost.PRICE_LIST_SCENARIO
                + ": "
                + "Host price list - a Professional team of 4 renews, then adds a seat (2 steps)");
  }

  private static String property(String name) {
    return Objects.requireNonNull(System.getProperty(name), name);
  }
}
