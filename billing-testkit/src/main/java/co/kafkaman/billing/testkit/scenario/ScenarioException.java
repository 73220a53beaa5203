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

/**
 * A scenario file that cannot be read: malformed YAML, an unknown key, a missing key or a malformed
 * value. The message names the file, the line and the key path, such as {@code "upgrade.yaml:14:
 * steps[1].change.seats: 'five' is not a whole number"}.
 *
 * @since 0.1.0
 */
public final class ScenarioException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The scenario file's name. */
  private final String file;

  /** The 1-based line, or 0 when unknown. */
  private final int line;

  /** The key path, such as {@code steps[1].change.seats}, or empty. */
  private final String key;

  /** What is wrong, naming the value. */
  private final String problem;

  /**
   * Creates the exception.
   *
   * @param file the file name
   * @param line the 1-based line, or 0 when unknown
   * @param key the key path, such as {@code "steps[1].change.seats"}, or empty
   * @param problem what is wrong, naming the value
   */
  public ScenarioException(String file, int line, String key, String problem) {
    super(file + ":" + line + ": " + (key.isEmpty() ? "" : key + ": ") + problem);
    this.file = file;
    this.line = line;
    this.key = key;
    this.problem = problem;
  }

  /**
   * Returns the file name.
   *
   * @return the file
   */
  public String file() {
    return file;
  }

  /**
   * Returns the 1-based line.
   *
   * @return the line, 0 when unknown
   */
  public int line() {
    return line;
  }

  /**
   * Returns the key path.
   *
   * @return such as {@code "steps[1].change.seats"}
   */
  public String key() {
    return key;
  }

  /**
   * Returns what is wrong, without the location.
   *
   * @return the problem
   */
  public String problem() {
    return problem;
  }
}
