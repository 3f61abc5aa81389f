import { humanSeconds, validitySeconds, validityUnit } from '../client-facts';
import { allowedValues, MODEL_VERSION, modelRange, notInModel } from '../cognito-model';
import { ClientUnderCheck, E, rule } from '../rule';
import { isAbsent, isObject, isUnresolved, knownString, show } from '../values';

const MINUTE = 60;
const HOUR = 3_600;
const DAY = 86_400;
const UNIT_FIELD = 'CreateUserPoolClient.TokenValidityUnits.AccessToken';
const UNITS = allowedValues(UNIT_FIELD);
const AUTH_SESSION = modelRange('CreateUserPoolClient.AuthSessionValidity');

export const UPC10 = rule({
  id: 'UPC10',
  severity: E,
  source: `MODEL (TimeUnitsType of ${MODEL_VERSION})`,
  summary: `\`TokenValidityUnits.{AccessToken,IdToken,RefreshToken}\` is one of ${UNITS.map(u => `\`${u}\``).join(', ')}`,
  explanation: 'The units are case-sensitive; anything else is refused.',
}, ({ props }) => {
  const units = props.TokenValidityUnits;
  if (isAbsent(units) || isUnresolved(units)) return;
  if (!isObject(units)) return `TokenValidityUnits must be an object (received ${show(units)})`;
  return ['AccessToken', 'IdToken', 'RefreshToken'].map(key => {
    const unit = units[key];
    if (isAbsent(unit) || isUnresolved(unit)) return undefined;
    return UNITS.includes(knownString(unit) ?? '') ? undefined : notInModel(`TokenValidityUnits.${key}`, unit, UNIT_FIELD, 'a unit');
  });
});

interface ValidityRange {
  readonly prop: string;
  readonly unitKey: string;
  readonly defaultUnit: string;
  readonly defaultSeconds: number;
  readonly min: number;
  readonly max: number;
  /** The model's bound of the number itself, whatever its unit. */
  readonly rawMax: number;
}

function checkRange(subject: ClientUnderCheck, range: ValidityRange): string | undefined {
  const raw = subject.props[range.prop];
  if (isAbsent(raw) || isUnresolved(raw)) return undefined;
  const allowed = `allowed: ${humanSeconds(range.min)} to ${humanSeconds(range.max)}`;
  if (typeof raw !== 'number' || !Number.isInteger(raw) || raw < 1 || raw > range.rawMax) {
    return `${range.prop} ${show(raw)} is not an integer from 1 to ${range.rawMax}; ${allowed}`;
  }
  const seconds = validitySeconds(subject.props, range.prop, range.unitKey, range.defaultUnit, range.defaultSeconds);
  if (seconds === undefined || (seconds >= range.min && seconds <= range.max)) return undefined;
  const unit = validityUnit(subject.props, range.unitKey, range.defaultUnit);
  return `${range.prop} of ${raw} ${unit} is outside ${humanSeconds(range.min)} to ${humanSeconds(range.max)}`;
}

const ACCESS: ValidityRange = {
  prop: 'AccessTokenValidity', unitKey: 'AccessToken', defaultUnit: 'hours', defaultSeconds: HOUR, min: 5 * MINUTE, max: DAY, rawMax: modelRange('CreateUserPoolClient.AccessTokenValidity').max,
};
const ID: ValidityRange = {
  prop: 'IdTokenValidity', unitKey: 'IdToken', defaultUnit: 'hours', defaultSeconds: HOUR, min: 5 * MINUTE, max: DAY, rawMax: modelRange('CreateUserPoolClient.IdTokenValidity').max,
};
const REFRESH: ValidityRange = {
  prop: 'RefreshTokenValidity', unitKey: 'RefreshToken', defaultUnit: 'days', defaultSeconds: 30 * DAY, min: HOUR, max: 3650 * DAY, rawMax: modelRange('CreateUserPoolClient.RefreshTokenValidity').max,
};

export const UPC11 = rule({
  id: 'UPC11',
  severity: E,
  source: 'DOC, OBS "Invalid range for token validity." (access token of 25 hours, deploy-verified, public rule set, 2026)',
  summary: '`AccessTokenValidity` × its unit is 5 minutes to 1 day; the raw value is an integer 1–86400',
  explanation: 'Cognito refuses access tokens outside that range when the client is created.',
}, subject => checkRange(subject, ACCESS));

export const UPC12 = rule({
  id: 'UPC12',
  severity: E,
  source: 'DOC, OBS "Invalid range for token validity."',
  summary: '`IdTokenValidity` × its unit is 5 minutes to 1 day',
  explanation: 'The classic trap: `60` with the default unit (hours) is 60 hours, not 60 minutes.',
}, subject => checkRange(subject, ID));

export const UPC13 = rule({
  id: 'UPC13',
  severity: E,
  source: 'DOC, OBS "Invalid range for token validity." (refresh token of 30 minutes and of 4,000 days, deploy-verified, public rule set, 2026)',
  summary: '`RefreshTokenValidity` × its unit is 60 minutes to 3650 days; `0` is refused',
  explanation: 'Cognito refuses refresh tokens outside that range; CloudFormation refuses 0.',
}, subject => checkRange(subject, REFRESH));

export const UPC14 = rule({
  id: 'UPC14',
  severity: E,
  source: 'OBS "Access and Id Token expiration times must be less than or equal to refresh token expiration times." (deploy-verified, public rule set, 2026)',
  summary: 'access or ID token validity longer than the refresh token validity',
  explanation: 'Tokens that outlive the refresh token make the refresh token pointless; users are signed out earlier than the access token suggests.',
}, ({ props }) => {
  const refresh = validitySeconds(props, REFRESH.prop, REFRESH.unitKey, REFRESH.defaultUnit, REFRESH.defaultSeconds);
  if (refresh === undefined) return [];
  return [ACCESS, ID].map(range => {
    const seconds = validitySeconds(props, range.prop, range.unitKey, range.defaultUnit, range.defaultSeconds);
    return seconds !== undefined && seconds > refresh
      ? `${range.prop} (${humanSeconds(seconds)}) is longer than RefreshTokenValidity (${humanSeconds(refresh)}); allowed: at most the refresh token validity`
      : undefined;
  });
});

export const UPC15 = rule({
  id: 'UPC15',
  severity: E,
  source: `MODEL (AuthSessionValidityType of ${MODEL_VERSION})`,
  summary: `\`AuthSessionValidity\` is an integer number of minutes, ${AUTH_SESSION.min}–${AUTH_SESSION.max}`,
  explanation: 'The session token of a sign-in lives 3 to 15 minutes.',
}, ({ props }) => {
  const value = props.AuthSessionValidity;
  if (isAbsent(value) || isUnresolved(value)) return;
  return typeof value === 'number' && Number.isInteger(value) && value >= AUTH_SESSION.min && value <= AUTH_SESSION.max
    ? undefined
    : `AuthSessionValidity ${show(value)} is not an integer number of minutes from ${AUTH_SESSION.min} to ${AUTH_SESSION.max}; allowed: ${AUTH_SESSION.min} to ${AUTH_SESSION.max}`;
});
