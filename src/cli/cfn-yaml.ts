import * as yaml from 'js-yaml';

/**
 * CloudFormation's YAML: the short forms of the intrinsic functions (`!Ref`, `!GetAtt`, `!Sub`, ...)
 * become the JSON forms the checks read (`{ "Ref": ... }`, `{ "Fn::GetAtt": [...] }`).
 */
const FUNCTIONS = ['Base64', 'Cidr', 'FindInMap', 'GetAZs', 'ImportValue', 'Join', 'Select', 'Split', 'Sub', 'Transform',
  'And', 'Equals', 'If', 'Not', 'Or', 'ToJsonString', 'Length', 'ForEach'];
const KINDS = ['scalar', 'sequence', 'mapping'] as const;

/** `!GetAtt Resource.Attribute` is a scalar; its JSON form is a list of the two. */
function getAtt(data: unknown): unknown {
  if (typeof data !== 'string') return { 'Fn::GetAtt': data };
  const dot = data.indexOf('.');
  return { 'Fn::GetAtt': dot < 0 ? [data] : [data.slice(0, dot), data.slice(dot + 1)] };
}

const TAGS = KINDS.flatMap(kind => [
  ...FUNCTIONS.map(name => new yaml.Type(`!${name}`, { kind, construct: (data: unknown) => ({ [`Fn::${name}`]: data }) })),
  new yaml.Type('!Ref', { kind, construct: (data: unknown) => ({ Ref: data }) }),
  new yaml.Type('!Condition', { kind, construct: (data: unknown) => ({ Condition: data }) }),
  new yaml.Type('!GetAtt', { kind, construct: getAtt }),
]);

const SCHEMA = yaml.DEFAULT_SCHEMA.extend(TAGS);

/** A YAML error, with the line (1-based) where the parser stopped. */
export class YamlError extends Error {
  constructor(public readonly line: number | undefined, public readonly reason: string) {
    super(reason);
  }
}

/** Parses a CloudFormation template written in YAML. */
export function parseCfnYaml(text: string): unknown {
  try {
    return yaml.load(text, { schema: SCHEMA });
  } catch (e) {
    if (e instanceof yaml.YAMLException) throw new YamlError(e.mark ? e.mark.line + 1 : undefined, e.reason ?? e.message);
    throw e;
  }
}
