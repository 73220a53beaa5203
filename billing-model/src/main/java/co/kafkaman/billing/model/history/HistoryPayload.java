package co.kafkaman.billing.model.history;

/**
 * What a history entry carries besides its text: the command that caused it (rules' commands
 * implement this interface, so replaying the history re-applies them) or {@link #none()} for an
 * effect entry such as "invoice issued".
 */
public interface HistoryPayload {

  /**
   * Returns the empty payload of effect entries.
   *
   * @return the empty payload
   */
  static HistoryPayload none() {
    return NoPayload.INSTANCE;
  }

  /** The empty payload. */
  enum NoPayload implements HistoryPayload {
    /** The only instance. */
    INSTANCE
  }
}
