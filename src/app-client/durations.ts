import { Duration } from 'aws-cdk-lib';

/** A token validity unit as `TokenValidityUnits` spells it. */
export type ValidityUnit = 'seconds' | 'minutes' | 'hours' | 'days';

/** A validity as the template states it: a number and its unit. */
export interface Validity {
  readonly value: number;
  readonly unit: ValidityUnit;
}

const SECONDS_PER: Record<ValidityUnit, number> = { days: 86_400, hours: 3_600, minutes: 60, seconds: 1 };

/**
 * Writes a duration in the largest unit that represents it exactly, so `Duration.minutes(90)`
 * becomes `90 minutes` and `Duration.hours(24)` becomes `1 days`. A duration from a token keeps
 * the unit it was created with, because its amount is not known.
 */
export function toValidity(prop: string, duration: Duration): Validity {
  if (duration.isUnresolved()) {
    const unit = duration.unitLabel();
    if (!(unit in SECONDS_PER)) {
      throw new Error(`${prop}: a duration from a token must be created with Duration.seconds, minutes, hours or days (received Duration.${unit})`);
    }
    return { value: inUnit(duration, unit as ValidityUnit), unit: unit as ValidityUnit };
  }
  const seconds = duration.toSeconds({ integral: false });
  if (!Number.isInteger(seconds)) {
    throw new Error(`${prop} must be a whole number of seconds (received ${duration.toHumanString()})`);
  }
  const unit = (['days', 'hours', 'minutes'] as const).find(u => seconds > 0 && seconds % SECONDS_PER[u] === 0) ?? 'seconds';
  return { value: seconds / SECONDS_PER[unit], unit };
}

/** Whole minutes of a duration (`AuthSessionValidity` has no unit of its own). */
export function toWholeMinutes(prop: string, duration: Duration): number {
  if (duration.isUnresolved()) {
    if (duration.unitLabel() !== 'minutes') {
      throw new Error(`${prop}: a duration from a token must be created with Duration.minutes (received Duration.${duration.unitLabel()})`);
    }
    return duration.toMinutes();
  }
  const minutes = duration.toMinutes({ integral: false });
  if (!Number.isInteger(minutes)) {
    throw new Error(`${prop} must be a whole number of minutes, 3 to 15 (received ${duration.toHumanString()})`);
  }
  return minutes;
}

/** Whole seconds of a duration. */
export function toWholeSeconds(prop: string, duration: Duration): number {
  if (duration.isUnresolved()) {
    if (duration.unitLabel() !== 'seconds') {
      throw new Error(`${prop}: a duration from a token must be created with Duration.seconds (received Duration.${duration.unitLabel()})`);
    }
    return duration.toSeconds();
  }
  const seconds = duration.toSeconds({ integral: false });
  if (!Number.isInteger(seconds)) {
    throw new Error(`${prop} must be a whole number of seconds (received ${duration.toHumanString()})`);
  }
  return seconds;
}

function inUnit(duration: Duration, unit: ValidityUnit): number {
  switch (unit) {
    case 'days': return duration.toDays();
    case 'hours': return duration.toHours();
    case 'minutes': return duration.toMinutes();
    default: return duration.toSeconds();
  }
}
