package co.kafkaman.billing.model.history;

import java.time.LocalDate;

/** History entries the model's tests append. */
public final class HistoryFixtures {
  private HistoryFixtures() {}

  /**
   * Returns an entry with {@code id}, dated 2024-03-01, by {@code ana}, without payload.
   *
   * @param id the entry id
   * @return the entry, summarised {@code "entry <id>"}
   */
  public static HistoryEntry entry(String id) {
    return HistoryEntry.of(
        id,
        LocalDate.of(2024, 3, 1),
        "ana",
        EntryKind.MEMBERSHIP_CHANGED,
        Summary.of("entry " + id),
        HistoryPayload.none());
  }
}
