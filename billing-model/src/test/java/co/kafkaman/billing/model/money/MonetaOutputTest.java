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
package co.kafkaman.billing.model.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Moneta logs one JUL line when its {@code Money} class is initialized, once per JVM; these tests
 * start a fresh JVM each, so the first conversion is really the first.
 */
class MonetaOutputTest {
  @TempDir Path dir;

  @Test
  void theLibrarysFirstConversionPrintsNothingOfMonetas() throws Exception {
    Run run = firstConversion("library");

    assertThat(run.stderr()).as("standard error").isEmpty();
    assertThat(run.stdout().lines()).containsExactly("USD 13.16", "level null");
  }

  @Test
  void aLevelTheHostSetOnMonetasLoggerIsLeftAsItIs() throws Exception {
    Path config = dir.resolve("logging.properties");
    Files.writeString(
        config,
        "handlers=java.util.logging.ConsoleHandler\n"
            + MonetaMoney.CONTEXT_LOGGER
            + ".level=INFO\n");
    Run run = firstConversion("library", "-Djava.util.logging.config.file=" + config);

    assertThat(run.stderr()).contains("Using custom MathContext: precision=256");
    assertThat(run.stdout().lines()).containsExactly("USD 13.16", "level INFO");
  }

  @Test
  void monetaOnItsOwnPrintsTheLineTheLibraryKeepsOut() throws Exception {
    // The control: without the library's care, the same first conversion prints Moneta's line.
    // If this starts failing, Moneta no longer logs it and MonetaMoney's care can go.
    Run run = firstConversion("moneta");

    assertThat(run.stderr()).contains("Using custom MathContext: precision=256");
    assertThat(run.stdout().lines()).containsExactly("USD 13.16", "level null");
  }

  private record Run(String stdout, String stderr) {}

  private Run firstConversion(String how, String... jvmOptions)
      throws IOException, InterruptedException {
    Path out = Files.createTempFile(dir, how, ".out");
    Path err = Files.createTempFile(dir, how, ".err");
    List<String> command = new ArrayList<>();
    command.add(Path.of(property("java.home"), "bin", "java").toString());
    command.addAll(List.of(jvmOptions));
    command.addAll(
        List.of("-cp", property("java.class.path"), FirstConversion.class.getName(), how));
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    assertThat(process.waitFor(1, TimeUnit.MINUTES)).as("finished within a minute").isTrue();
    Run run =
        new Run(
            Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
    assertThat(process.exitValue()).as("exit code; standard error:%n%s", run.stderr()).isZero();
    return run;
  }

  private static String property(String name) {
    return Objects.requireNonNull(System.getProperty(name), name);
  }
}
