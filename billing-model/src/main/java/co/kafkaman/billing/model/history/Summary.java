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
package co.kafkaman.billing.model.history;

import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A one-line summary for people, rendered from the facts it describes when first read, then kept.
 * Every command leaves summaries (history entries, outcomes, decisions) and few are ever displayed,
 * so the rules do not build their text up front.
 *
 * <p>Two summaries are equal when their texts are. Thread-safe: the rendering must always give the
 * same text; a race renders it twice at worst.
 *
 * <p>Example: {@code Summary.of(() -> "invoice " + number + ", total due " + total)} costs one
 * small object until {@link #text()} is called.
 *
 * @since 0.1.0
 */
public final class Summary {
  private final @Nullable Supplier<String> render;
  private @Nullable String text;

  private Summary(@Nullable Supplier<String> render, @Nullable String text) {
    this.render = render;
    this.text = text;
  }

  /**
   * Returns a summary already written.
   *
   * @param text the text
   * @return the summary
   */
  public static Summary of(String text) {
    return new Summary(null, Objects.requireNonNull(text, "text"));
  }

  /**
   * Returns a summary rendered by {@code render} when first read.
   *
   * @param render renders the text, the same every time
   * @return the summary
   */
  public static Summary of(Supplier<String> render) {
    return new Summary(Objects.requireNonNull(render, "render"), null);
  }

  /**
   * Returns the text, rendering it on first use.
   *
   * @return the text
   */
  public String text() {
    String rendered = text;
    if (rendered == null) {
      rendered = Objects.requireNonNull(Objects.requireNonNull(render).get(), "summary text");
      text = rendered;
    }
    return rendered;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Summary other && text().equals(other.text());
  }

  @Override
  public int hashCode() {
    return text().hashCode();
  }

  /**
   * Returns the text.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return text();
  }
}
