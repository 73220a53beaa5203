package co.kafkaman.billing.rules.flex;

import co.kafkaman.billing.model.time.DateRange;
import java.time.LocalDate;

/**
 * A date the auto-flex calendar lists: a reminder or the end of an auto-flex cycle.
 *
 * @param date the date
 * @param kind reminder or cycle end
 * @param autoFlexCycle the auto-flex cycle it belongs to
 * @param renewal whether the billing cycle ends with the auto-flex cycle (then {@code Renew} bills
 *     it; otherwise {@code CloseUsageMonth} on that date does)
 */
public record FlexDate(LocalDate date, Kind kind, DateRange autoFlexCycle, boolean renewal) {

  /** What falls due. */
  public enum Kind {
    /** The reminder to billing members and admins (one or two weeks before the cycle ends). */
    REMINDER,
    /** The end of the auto-flex cycle: its flex users are billed. */
    CYCLE_END
  }
}
