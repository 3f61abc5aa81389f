import * as fs from 'fs';
import * as path from 'path';
import { parseCfnYaml, YamlError } from './cfn-yaml';
import { PoolSnapshot, SNAPSHOT_FORMAT } from './live-pool';
import { describedClientTemplate, snapshotTemplate } from './pool-template';
import { MetadataRecord } from '../checks/engine';
import { TemplateSource } from '../checks/model';
import { isObject, knownString, literalText, Value } from '../checks/values';

/**
 * What the command reads: CloudFormation templates (JSON or YAML) and cloud assemblies (`cdk.out`:
 * every stack of the manifest, of nested Stage assemblies, and their nested-stack templates).
 * Several paths are one app. Anything unreadable stops the command with the reason.
 */

/** An input that cannot be read; the command exits 2 with its message. */
export class InputError extends Error {}

/** Everything read from the command's paths. */
export interface Inputs {
  readonly sources: TemplateSource[];
  /** The templates of the stacks themselves (not nested): their clients are judged with their nested ones. */
  readonly stacks: string[];
  /** The manifest's metadata entries (suppressions and acknowledgements among them). */
  readonly records: MetadataRecord[];
  /** The templates read from a cloud assembly (a CDK app's), nested ones included. */
  readonly fromAssembly: Set<string>;
  /** What a live read or a snapshot could not read, and so was not judged. */
  readonly notes: string[];
  /** The snapshots read (a live pool's, or from files), by their path. */
  readonly snapshots: Map<string, PoolSnapshot>;
  /** The inputs in Cognito's own JSON (snapshots, `describe-user-pool-client`): their reader fixes through the API. */
  readonly fromCognito: Set<string>;
}

/** The inputs of no path yet. */
export function noInputs(): Inputs {
  return { sources: [], stacks: [], records: [], fromAssembly: new Set(), notes: [], snapshots: new Map(), fromCognito: new Set() };
}

/** Adds a live pool's snapshot, read from `templatePath` (a file, or the pool itself). */
export function addSnapshot(inputs: Inputs, snapshot: PoolSnapshot, templatePath: string): void {
  inputs.sources.push(snapshotTemplate(snapshot, templatePath));
  inputs.stacks.push(templatePath);
  inputs.notes.push(...snapshot.notes);
  inputs.snapshots.set(templatePath, snapshot);
  inputs.fromCognito.add(templatePath);
}

const TEMPLATE_EXTENSIONS = ['.json', '.yaml', '.yml', '.template'];
const MANIFEST = 'manifest.json';
const STACK_ARTIFACT = 'aws:cloudformation:stack';
const NESTED_ASSEMBLY = 'cdk:cloud-assembly';
const ASSET_MANIFEST = 'cdk:asset-manifest';
const LOGICAL_ID = 'aws:cdk:logicalId';
/** Where `cdk synth` (asset metadata on, its default) names a nested stack's template file. */
const ASSET_PATH = 'aws:asset:path';

export function readInputs(paths: readonly string[], inputs: Inputs = noInputs()): Inputs {
  for (const given of paths) {
    const full = path.resolve(given);
    if (!fs.existsSync(full)) throw new InputError(`${given}: file not found`);
    if (fs.statSync(full).isDirectory()) {
      if (!fs.existsSync(path.join(full, MANIFEST))) throw new InputError(`${given}: a folder that is not a cloud assembly (no ${MANIFEST})`);
      readAssembly(full, inputs);
    } else if (path.basename(full) === MANIFEST) {
      readAssembly(path.dirname(full), inputs);
    } else if (TEMPLATE_EXTENSIONS.includes(path.extname(full).toLowerCase())) {
      const document = parseFile(full, /\.ya?ml$/i.test(full) ? 'yaml' : 'detect');
      if (!readCognitoJson(full, document, inputs)) readStack(full, {}, inputs, undefined, document);
    } else {
      throw new InputError(`${given}: not a template (${TEMPLATE_EXTENSIONS.join(', ')}) or a cloud assembly folder`);
    }
  }
  return inputs;
}

/**
 * Cognito's own JSON instead of a template: a live pool's snapshot (`check --save`), or what
 * `aws cognito-idp describe-user-pool-client` prints. False for anything else.
 */
function readCognitoJson(file: string, document: unknown, inputs: Inputs): boolean {
  if (!isObject(document) || isObject(document.Resources)) return false;
  if (document.format === SNAPSHOT_FORMAT) {
    if (!isObject(document.userPool) || !isObject(document.clients)) throw new InputError(`${relative(file)}: a snapshot without userPool or clients`);
    addSnapshot(inputs, snapshotOf(document, document.userPool, document.clients), file);
    return true;
  }
  if (isObject(document.UserPoolClient)) {
    if (typeof document.UserPoolClient.ClientId !== 'string') throw new InputError(`${relative(file)}: a DescribeUserPoolClient result without a ClientId`);
    inputs.sources.push(describedClientTemplate(document, file));
    inputs.stacks.push(file);
    inputs.fromCognito.add(file);
    return true;
  }
  if (typeof document.format === 'string') throw new InputError(`${relative(file)}: a snapshot of format '${document.format}', which this release does not read (it reads ${SNAPSHOT_FORMAT})`);
  return false;
}

/** A snapshot file's document, its lists read as lists of objects (anything else is left out). */
function snapshotOf(document: Record<string, Value>, userPool: Record<string, Value>, clients: Record<string, Value>): PoolSnapshot {
  const objects = (value: Value) => (Array.isArray(value) ? value.filter(isObject) : []);
  const strings = (value: Value) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
  return {
    format: SNAPSHOT_FORMAT,
    region: knownString(document.region) ?? '',
    userPool,
    clients: Object.fromEntries(Object.entries(clients).filter((entry): entry is [string, Record<string, Value>] => isObject(entry[1]))),
    resourceServers: objects(document.resourceServers),
    identityProviders: objects(document.identityProviders),
    domains: objects(document.domains),
    brandings: objects(document.brandings),
    terms: objects(document.terms),
    sessions: objects(document.sessions),
    notes: strings(document.notes),
    notJudged: strings(document.notJudged),
  };
}

/** Every stack of an assembly's manifest, and of the nested assemblies of its Stages. */
function readAssembly(dir: string, inputs: Inputs): void {
  const manifest = parseFile(path.join(dir, MANIFEST), 'json');
  const artifacts = isObject(manifest) && isObject(manifest.artifacts) ? manifest.artifacts : {};
  const assets = fileAssets(dir, artifacts);
  for (const [id, artifact] of Object.entries(artifacts)) {
    if (!isObject(artifact) || !isObject(artifact.properties)) continue;
    if (artifact.type === NESTED_ASSEMBLY) {
      const directory = knownString(artifact.properties.directoryName);
      if (directory) readAssembly(path.join(dir, directory), inputs);
      continue;
    }
    const templateFile = knownString(artifact.properties.templateFile);
    if (artifact.type !== STACK_ARTIFACT || !templateFile) continue;
    const constructPaths = new Map<string, string>();
    for (const [constructPath, entries] of Object.entries(artifactMetadata(dir, artifact))) {
      for (const entry of Array.isArray(entries) ? entries : []) {
        if (!isObject(entry) || typeof entry.type !== 'string') continue;
        const at = constructPath.replace(/^\//, '');
        if (entry.type === LOGICAL_ID && typeof entry.data === 'string' && !constructPaths.has(entry.data)) constructPaths.set(entry.data, at);
        inputs.records.push({ path: at, type: entry.type, data: entry.data });
      }
    }
    const region = /^aws:\/\/[^/]*\/(.+)$/.exec(knownString(artifact.environment) ?? '')?.[1];
    readStack(path.join(dir, templateFile), {
      name: knownString(artifact.displayName) ?? id,
      region: region && region !== 'unknown-region' ? region : undefined,
      constructPaths,
    }, inputs, { dir, assets });
  }
}

/** A stack artifact's metadata by construct path: in the manifest, or in the file newer releases write beside it. */
function artifactMetadata(dir: string, artifact: Record<string, Value>): Record<string, Value> {
  const file = knownString(artifact.additionalMetadataFile);
  const metadata = file ? parseFile(path.join(dir, file), 'json') : artifact.metadata;
  return isObject(metadata) ? metadata : {};
}

/** The files of the assembly's asset manifests, by asset hash: nested-stack templates among them. */
function fileAssets(dir: string, artifacts: Record<string, Value>): Map<string, string> {
  const assets = new Map<string, string>();
  for (const artifact of Object.values(artifacts)) {
    const properties = isObject(artifact) && artifact.type === ASSET_MANIFEST ? artifact.properties : undefined;
    const file = isObject(properties) ? knownString(properties.file) : undefined;
    const manifest = file ? parseFile(path.join(dir, file), 'json') : undefined;
    for (const [hash, asset] of Object.entries(isObject(manifest) && isObject(manifest.files) ? manifest.files : {})) {
      const source = isObject(asset) && isObject(asset.source) ? knownString(asset.source.path) : undefined;
      if (source) assets.set(hash, path.join(dir, source));
    }
  }
  return assets;
}

/** A stack's template and, followed through its nested-stack resources, theirs. */
function readStack(file: string, known: Pick<TemplateSource, 'name' | 'region' | 'constructPaths'>, inputs: Inputs, assembly?: Assembly, parsed?: unknown): void {
  if (inputs.stacks.includes(file) || inputs.sources.some(s => s.templatePath === file)) return;
  inputs.stacks.push(file);
  readTemplate(file, known, undefined, inputs, assembly, parsed);
}

function readTemplate(
  file: string, known: Pick<TemplateSource, 'name' | 'region' | 'constructPaths'>, nestedIn: TemplateSource['nestedIn'], inputs: Inputs, assembly?: Assembly, parsed?: unknown,
): void {
  const template = parsed ?? parseFile(file, /\.ya?ml$/i.test(file) ? 'yaml' : 'detect');
  if (!isObject(template) || !isObject(template.Resources)) {
    throw new InputError(`${relative(file)}: not a CloudFormation template (no Resources section)`);
  }
  inputs.sources.push({ templatePath: file, template, ...known, nestedIn });
  if (assembly) inputs.fromAssembly.add(file);
  for (const [logicalId, resource] of Object.entries(template.Resources)) {
    const nested = isObject(resource) && resource.Type === 'AWS::CloudFormation::Stack' ? nestedTemplateFile(resource, file, assembly) : undefined;
    if (!nested || inputs.sources.some(s => s.templatePath === nested)) continue;
    if (!fs.existsSync(nested)) throw new InputError(`${relative(file)}: the nested stack ${logicalId} names ${relative(nested)}, which is not found`);
    const name = `${known.name ?? path.basename(file)}/${logicalId}`;
    readTemplate(nested, { name, region: known.region }, { templatePath: file, logicalId }, inputs, assembly);
  }
}

/** The folder of a cloud assembly and its file assets by hash. */
interface Assembly {
  readonly dir: string;
  readonly assets: ReadonlyMap<string, string>;
}

/**
 * The local file of a nested stack's template. In a cloud assembly: the asset path `cdk synth`
 * records, else the file asset whose hash the `TemplateURL` names. In a template: a `TemplateURL`
 * that is a relative path (as `aws cloudformation package` takes it). A template elsewhere is not
 * followed: the stack stays one whose template the app does not see.
 */
function nestedTemplateFile(resource: Record<string, Value>, file: string, assembly: Assembly | undefined): string | undefined {
  const url = isObject(resource.Properties) ? resource.Properties.TemplateURL : undefined;
  if (assembly) {
    const asset = isObject(resource.Metadata) ? knownString(resource.Metadata[ASSET_PATH]) : undefined;
    if (asset) return path.join(assembly.dir, asset);
    const hash = /([0-9a-f]{64})\.json$/.exec(literalText(url))?.[1];
    return hash ? assembly.assets.get(hash) : undefined;
  }
  const local = knownString(url);
  return local && !/^[a-z][a-z0-9+.-]*:/i.test(local) ? path.resolve(path.dirname(file), local) : undefined;
}

/** Parses JSON or YAML; `detect` reads JSON when the text starts with `{`. */
function parseFile(file: string, format: 'json' | 'yaml' | 'detect'): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new InputError(`${relative(file)}: cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  if (format === 'json' || (format === 'detect' && text.trimStart().startsWith('{'))) {
    try {
      return JSON.parse(text);
    } catch (e) {
      const position = /position (\d+)/.exec((e as Error).message)?.[1];
      const line = position === undefined ? '' : ` at line ${text.slice(0, Number(position)).split('\n').length}`;
      throw new InputError(`${relative(file)}: JSON error${line}: ${(e as Error).message}`);
    }
  }
  try {
    return parseCfnYaml(text);
  } catch (e) {
    if (e instanceof YamlError) throw new InputError(`${relative(file)}: YAML error${e.line === undefined ? '' : ` at line ${e.line}`}: ${e.reason}`);
    throw e;
  }
}

/** A path as the user reads it: relative to the working folder when under it. */
export function relative(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel && !rel.startsWith('..') ? rel : file;
}
