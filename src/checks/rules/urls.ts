import { modelRange } from '../cognito-model';
import { E, rule } from '../rule';
import { isAbsent, knownPrefix, listOf, show, Value } from '../values';

const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'];
const WHITESPACE_OR_CONTROL = /[\s\x00-\x1f\x7f]/;
const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;
/** Callback, logout and default redirect URLs share the model's RedirectUrlType. */
const URL_LENGTH = modelRange('CreateUserPoolClient.CallbackURLs[]');
const MAX_URLS: Record<string, number> = {
  CallbackURLs: modelRange('CreateUserPoolClient.CallbackURLs').max,
  LogoutURLs: modelRange('CreateUserPoolClient.LogoutURLs').max,
};

/** What is certain about a URL from its known beginning. */
interface UrlReading {
  /** A problem that makes any completion invalid. */
  readonly problem?: string;
  /** The scheme, when known. */
  readonly scheme?: string;
  /** Whether the URL is plain http to a host that is certainly not loopback. */
  readonly httpToNonLoopback: boolean;
}

/** Judges a URL on what is known of it; unknown parts are never reported. */
export function readUrl(value: Value): UrlReading | undefined {
  const known = knownPrefix(value);
  if (!known) return typeof value === 'string' || typeof value === 'object' ? undefined : { problem: `is not a string (received ${show(value)})`, httpToNonLoopback: false };
  const { prefix, complete } = known;
  const allowedLength = `allowed: ${URL_LENGTH.min} to ${URL_LENGTH.max}`;
  if (complete && (prefix.length < URL_LENGTH.min || prefix.length > URL_LENGTH.max)) return { problem: `has ${prefix.length} characters; ${allowedLength}`, httpToNonLoopback: false };
  if (prefix.length > URL_LENGTH.max) return { problem: `has more than ${URL_LENGTH.max} characters; ${allowedLength}`, httpToNonLoopback: false };
  if (WHITESPACE_OR_CONTROL.test(prefix)) return { problem: 'contains whitespace or a control character; allowed: none', httpToNonLoopback: false };
  if (prefix.includes('#')) return { problem: 'has a #fragment; allowed: no fragment', httpToNonLoopback: false };
  const scheme = SCHEME.exec(prefix)?.[1]?.toLowerCase();
  if (!scheme) {
    return complete || /[^a-zA-Z0-9+.-]/.test(prefix)
      ? { problem: 'is not an absolute URI; allowed: scheme://host/path, e.g. https://app.example.com/callback', httpToNonLoopback: false }
      : undefined;
  }
  if (scheme !== 'http') return { scheme, httpToNonLoopback: false };
  const rest = prefix.slice('http:'.length);
  if (!rest.startsWith('//')) {
    return complete || rest.length >= 2 ? { problem: 'is not an absolute http URL; allowed: http://host/path', scheme, httpToNonLoopback: false } : { scheme, httpToNonLoopback: false };
  }
  const host = hostOf(rest.slice(2), complete);
  const loopbackPossible = host.known
    ? LOOPBACK_HOSTS.includes(host.name)
    : LOOPBACK_HOSTS.some(h => h.startsWith(host.name));
  return { scheme, httpToNonLoopback: !loopbackPossible };
}

/** The host of a URL authority: it ends at ']' for an IPv6 literal, else at a port, path or query. */
function hostOf(authority: string, complete: boolean): { name: string; known: boolean } {
  const end = authority.startsWith('[') ? authority.indexOf(']') + 1 : authority.search(/[/?:]/);
  const found = authority.startsWith('[') ? end > 0 : end >= 0;
  return { name: (found ? authority.slice(0, end) : authority).toLowerCase(), known: found || complete };
}

function urlList(prop: string, value: Value, judge: (url: Value, reading: UrlReading) => string | undefined): Array<string | undefined> {
  const list = listOf(value);
  if (list === 'invalid') return [`${prop} must be a list (received ${show(value)})`];
  if (!Array.isArray(list)) return [];
  const findings = list.map(url => {
    const reading = readUrl(url);
    return reading ? judge(url, reading) : undefined;
  });
  if (list.length > MAX_URLS[prop]) findings.push(`${prop} has ${list.length} items; allowed: at most ${MAX_URLS[prop]}`);
  return findings;
}

/** The UPC40 judgement of one callback URL. */
function callbackProblem(prop: string, url: Value, reading: UrlReading): string | undefined {
  if (reading.problem) return `${prop} ${show(url)} ${reading.problem}`;
  if (reading.httpToNonLoopback) {
    return `${prop} ${show(url)} uses http to a host other than localhost; allowed: https, or http to localhost, 127.0.0.1 or [::1]`;
  }
  return undefined;
}

export const UPC40 = rule({
  id: 'UPC40',
  severity: E,
  source: 'MODEL, DOC, OBS "https://example.com/cb#frag cannot use fragment"; "http://example.com/cb cannot use the HTTP protocol."; 101 URLs: a length validation error (deploy-verified, public rule set, 2026)',
  summary: '`CallbackURLs`: at most 100; each 1–1024 characters, absolute, no whitespace, no `#fragment`; `https`, or `http` only to `localhost`, `127.0.0.1` or `[::1]`; other schemes such as `myapp://` allowed',
  explanation: 'Cognito refuses other callback URLs; tokens or codes sent over plain http to a remote host can be intercepted.',
}, ({ props }) => urlList('CallbackURLs', props.CallbackURLs, (url, reading) => callbackProblem('CallbackURLs item', url, reading)));

export const UPC41 = rule({
  id: 'UPC41',
  severity: E,
  source: 'MODEL, DOC',
  summary: '`LogoutURLs`: at most 100; each 1–1024 characters, no whitespace, absolute, no fragment',
  explanation: 'Cognito refuses other sign-out URLs.',
}, ({ props }) => urlList('LogoutURLs', props.LogoutURLs, (url, reading) => reading.problem ? `LogoutURLs item ${show(url)} ${reading.problem}` : undefined));

export const UPC42 = rule({
  id: 'UPC42',
  severity: E,
  source: 'OBS "http://example.com/out cannot use the HTTP protocol." (deploy-verified, public rule set, 2026)',
  summary: 'a logout URL uses plain `http` to a host other than loopback',
  explanation: 'Cognito rejects a plain-http sign-out URL to a remote host; use https.',
}, ({ props }) => urlList('LogoutURLs', props.LogoutURLs, (url, reading) => !reading.problem && reading.httpToNonLoopback
  ? `LogoutURLs item ${show(url)} uses http to a host other than localhost; allowed: https, or http to localhost, 127.0.0.1 or [::1]`
  : undefined));

export const UPC43 = rule({
  id: 'UPC43',
  severity: E,
  source: 'DOC, OBS "The default redirect URI https://other.example.com/cb is not in the callback URIs list." (deploy-verified, public rule set, 2026)',
  summary: '`DefaultRedirectURI` must be one of `CallbackURLs` (and obey UPC40)',
  explanation: 'Cognito redirects to the default only if it is a registered callback URL.',
}, ({ props }) => {
  const uri = props.DefaultRedirectURI;
  if (isAbsent(uri)) return [];
  const reading = readUrl(uri);
  const findings = [reading ? callbackProblem('DefaultRedirectURI', uri, reading) : undefined];
  const callbacks = listOf(props.CallbackURLs);
  const uriKnown = knownPrefix(uri);
  if (uriKnown?.complete && (callbacks === undefined || Array.isArray(callbacks))) {
    const list = callbacks ?? [];
    const knownCallbacks = list.map(c => knownPrefix(c)).filter(k => k?.complete).map(k => k!.prefix);
    if (knownCallbacks.length === list.length && !knownCallbacks.includes(uriKnown.prefix)) {
      findings.push(`DefaultRedirectURI ${show(uriKnown.prefix)} is not one of CallbackURLs; allowed: ${show(knownCallbacks)}`);
    }
  }
  return findings;
});
