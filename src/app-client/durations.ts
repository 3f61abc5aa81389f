import { Duration } from 'aws-cdk-lib';

/** A token validity unit as `TokenValidityUnits` spells it. */
export type ValidityUnit = 'seconds' | 'minutes' | 'hours' | 'days';

/** A validity as the template states it: a number and its unit. */
export interface Validity {
  readonly value: number;
  readonly unit: ValidityUnit;
}

/** Seconds in each validity unit. */
export const SECONDS_PER: Record<ValidityUnit, number> = { days: 86_400, hours: 3_600, minutes: 60, seconds: 1 };

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

/**
 * A duration as a whole number of `unit` (`AuthSessionValidity` is in minutes, the rotation
 * grace period in seconds); a duration from a token must already be in that unit.
 */
export function toWhole(prop: string, duration: Duration, unit: 'seconds' | 'minutes', allowed: string): number {
  if (duration.isUnresolved()) {
    if (duration.unitLabel() !== unit) {
      throw new Error(`${prop}: a duration from a token must be created with Duration.${unit} (received Duration.${duration.unitLabel()})`);
    }
    return inUnit(duration, unit);
  }
  const amount = duration.toSeconds({ integral: false }) / SECONDS_PER[unit];
  if (!Number.isInteger(amount)) {
    throw new Error(`${prop} must be a whole number of ${unit}${allowed} (received ${duration.toHumanString()})`);
  }
  return amount;
}

function inUnit(duration: Duration, unit: ValidityUnit): number {
  switch (unit) {
    case 'days': return duration.toDays();
    case 'hours': return duration.toHours();
    case 'minutes': return duration.toMinutes();
    default: return duration.toSeconds();
  }
}
