import { MODEL_VERSION, modelPattern, modelRange } from '../cognito-model';
import { E, rule, W } from '../rule';
import { isAbsent, isObject, isUnresolved, knownString, show, Value } from '../values';

const ANALYTICS = 'CreateUserPoolClient.AnalyticsConfiguration';
const ARN = modelPattern(`${ANALYTICS}.ApplicationArn`);
const ARN_LENGTH = modelRange(`${ANALYTICS}.ApplicationArn`);
/** Narrower than the model's ARN: the role Cognito assumes is an IAM role (the model takes any ARN). */
const ROLE_ARN = /^arn:[\w-]+:iam::[0-9]{12}:role\/[\w+=,.@/-]+$/;
const HEX = modelPattern(`${ANALYTICS}.ApplicationId`);

function analyticsOf(props: Record<string, Value>): Record<string, Value> | undefined | 'invalid' {
  const config = props.AnalyticsConfiguration;
  if (isAbsent(config) || isUnresolved(config)) return undefined;
  return isObject(config) ? config : 'invalid';
}

export const UPC90 = rule({
  id: 'UPC90',
  severity: E,
  source: '3P, Terraform provider, CDK L2; OBS "Invalid analytics configuration given, either <application arn> or <application id, role arn, external id> are valid" (deploy-verified, public rule set, 2026)',
  summary: '`AnalyticsConfiguration` has either `ApplicationArn` alone, or `ApplicationId` with both `RoleArn` and `ExternalId`',
  explanation: 'With an ARN Cognito uses its service-linked role; with an id it needs the role to assume and the external id.',
}, ({ props }) => {
  const config = analyticsOf(props);
  if (config === undefined) return;
  if (config === 'invalid') return `AnalyticsConfiguration must be an object (received ${show(props.AnalyticsConfiguration)})`;
  const has = (key: string) => !isAbsent(config[key]);
  const allowed = 'allowed: ApplicationArn alone, or ApplicationId with RoleArn and ExternalId';
  if (has('ApplicationArn')) {
    const extra = ['ApplicationId', 'RoleArn', 'ExternalId'].filter(has);
    return extra.length > 0 ? `AnalyticsConfiguration has ApplicationArn together with ${extra.join(', ')}; ${allowed}` : undefined;
  }
  if (has('ApplicationId')) {
    const missing = ['RoleArn', 'ExternalId'].filter(key => !has(key));
    return missing.length > 0 ? `AnalyticsConfiguration has ApplicationId without ${missing.join(', ')}; ${allowed}` : undefined;
  }
  return `AnalyticsConfiguration has neither ApplicationArn nor ApplicationId (received ${show(config)}); ${allowed}`;
});

export const UPC91 = rule({
  id: 'UPC91',
  severity: E,
  source: `MODEL (AnalyticsConfigurationType of ${MODEL_VERSION})`,
  summary: `\`ApplicationId\` is hexadecimal; \`ApplicationArn\` and \`RoleArn\` are ARNs of ${ARN_LENGTH.min}–${ARN_LENGTH.max} characters; \`RoleArn\` is an IAM role ARN`,
  explanation: 'Cognito refuses malformed Pinpoint identifiers.',
}, ({ props }) => {
  const config = analyticsOf(props);
  if (!isObject(config)) return [];
  const judge = (key: string, valid: (s: string) => boolean, allowed: string) => {
    const value = config[key];
    if (isAbsent(value) || isUnresolved(value) || (typeof value === 'object' && value !== null)) return undefined;
    const s = knownString(value);
    return s !== undefined && valid(s) ? undefined : `AnalyticsConfiguration.${key} ${show(value)} is not allowed; allowed: ${allowed}`;
  };
  const isArn = (s: string) => s.length >= ARN_LENGTH.min && s.length <= ARN_LENGTH.max && ARN.test(s);
  return [
    judge('ApplicationId', s => HEX.test(s), 'a hexadecimal Pinpoint project id'),
    judge('ApplicationArn', isArn, `an ARN of ${ARN_LENGTH.min} to ${ARN_LENGTH.max} characters`),
    judge('RoleArn', s => isArn(s) && ROLE_ARN.test(s), 'an IAM role ARN, arn:aws:iam::<account>:role/<name>'),
  ];
});

export const UPC92 = rule({
  id: 'UPC92',
  severity: E,
  source: 'DOC, OBS "The integration with Pinpoint is not supported for the requested ap-northeast-1 region." (deploy-verified in us-east-1, public rule set, 2026)',
  summary: 'the Pinpoint application is in another Region than the stack and not in `us-east-1`',
  explanation: 'Cognito publishes to Pinpoint in the same Region, or in us-east-1 from Regions without Pinpoint.',
}, ({ props, client }) => {
  const config = analyticsOf(props);
  if (!isObject(config)) return;
  const arn = knownString(config.ApplicationArn);
  const region = arn?.split(':')[3];
  const stackRegion = client.stack.region;
  if (!region || !stackRegion || region === stackRegion || region === 'us-east-1') return;
  return `AnalyticsConfiguration.ApplicationArn is in ${region}, the stack in ${stackRegion}; allowed: a Pinpoint project in ${stackRegion} or us-east-1`;
});

export const UPC93 = rule({
  id: 'UPC93',
  severity: W,
  source: 'DOC (Amazon Pinpoint user guide, "Amazon Pinpoint end of support": engagement features, analytics included, ended 2026-10-30; no new customers since 2025-05-20)',
  summary: 'a client has an `AnalyticsConfiguration`, which sends sign-in events to Amazon Pinpoint after its end of support',
  explanation: 'Pinpoint no longer serves analytics, so the setting does nothing useful. Remove it (an update, not a replacement); Cognito\'s log export (AWS::Cognito::LogDeliveryConfiguration) and CloudTrail remain.',
}, ({ props }) => {
  if (isAbsent(props.AnalyticsConfiguration)) return;
  return `AnalyticsConfiguration sends sign-in events to Amazon Pinpoint, whose analytics reached end of support on 2026-10-30 (received ${show(props.AnalyticsConfiguration)}); allowed: no AnalyticsConfiguration — remove it (an update, not a replacement) and use Cognito's log export (AWS::Cognito::LogDeliveryConfiguration) or CloudTrail`;
});
