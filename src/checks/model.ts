import * as fs from 'fs';
import * as path from 'path';
import { IConstruct } from 'constructs';
import { isObject, knownString, Value } from './values';
import { CfnElement, Stack, Stage, Token } from '../private/cdk-core';

/**
 * The app as it deploys: every synthesized template, read back from the cloud assembly. What the
 * checks judge is exactly what CloudFormation receives — after every Aspect, override, Lazy value
 * and cross-stack reference — reached through aws-cdk-lib's public API only.
 */

/** One synthesized template. */
export interface StackTemplate {
  /** The stack's construct path, or its template file when the tree does not name it. */
  readonly name: string;
  readonly templatePath: string;
  /** The stack's Region, when it is a literal. */
  readonly region?: string;
  /** The stack construct, when the construct tree is known. */
  readonly construct?: Stack;
  readonly resources: Map<string, TemplateResource>;
  readonly outputs: Record<string, Value>;
  readonly parameters: Record<string, Value>;
  /** For a nested stack: the `AWS::CloudFormation::Stack` resource of its parent. */
  parent?: TemplateResource;
}

/** Where `cdk synth` (path metadata on, its default) writes a resource's construct path. */
const PATH_METADATA_KEY = 'aws:cdk:path';

/** One resource of a template. */
export interface TemplateResource {
  readonly stack: StackTemplate;
  readonly logicalId: string;
  readonly type: string;
  /** The `Properties` object; empty when absent or not an object (see `rawProperties`). */
  readonly properties: Record<string, Value>;
  readonly rawProperties: Value;
  readonly dependsOn: string[];
  /** The construct path, or `<stack>/<logicalId>` when the tree does not name it. */
  readonly path: string;
  /** The resource's `Metadata` object; empty when absent. */
  readonly metadata: Record<string, Value>;
}

/**
 * A template read outside a synthesis (a file or a cloud assembly), with what is known of it
 * beside its text.
 */
export interface TemplateSource {
  /** The absolute path of the file: the template's identity. */
  readonly templatePath: string;
  /** The parsed template. */
  readonly template: Value;
  /**
   * The stack's name in findings.
   * @default - the file name
   */
  readonly name?: string;
  /**
   * The stack's Region, when known.
   * @default - unknown
   */
  readonly region?: string;
  /**
   * Construct paths by logical id, where the template has no path metadata of its own.
   * @default - `<name>/<logicalId>`
   */
  readonly constructPaths?: ReadonlyMap<string, string>;
  /**
   * The nested-stack resource (of another source) that deploys this template.
   * @default - a stack of its own
   */
  readonly nestedIn?: { readonly templatePath: string; readonly logicalId: string };
}

/** Where a reference leads: a resource of the same template, or a value in another template. */
export type Followed = { resource: TemplateResource } | { stack: StackTemplate; value: Value };

/** A template that could not be read: nothing in it can be judged. */
export interface UnreadableTemplate {
  readonly templatePath: string;
  readonly reason: string;
}

/** Every template of one synthesis, with the references between them. */
export class AppModel {
  /**
   * Reads the templates of `templatePaths` and of every stack of the app's construct tree
   * (nested stacks included, whose templates are not listed as stacks of their own).
   */
  public static read(templatePaths: readonly string[], root: IConstruct | undefined): AppModel {
    const model = new AppModel();
    const stacks = root ? treeStacks(root) : [];
    for (const stack of stacks) model.load(stack.templatePath, stack.construct);
    for (const templatePath of templatePaths) model.load(path.resolve(templatePath), undefined);
    model.link(stacks);
    return model;
  }

  /** The app of templates read elsewhere (files, a cloud assembly): no construct tree. */
  public static fromSources(sources: readonly TemplateSource[]): AppModel {
    const model = new AppModel();
    for (const source of sources) model.add(source.templatePath, source.template, source);
    for (const { templatePath, nestedIn } of sources) {
      const template = model.stacks.get(templatePath);
      if (template && nestedIn) template.parent = model.stacks.get(nestedIn.templatePath)?.resources.get(nestedIn.logicalId);
    }
    return model;
  }

  /** Every readable template, by absolute path. */
  public readonly stacks = new Map<string, StackTemplate>();
  public readonly unreadable: UnreadableTemplate[] = [];
  private readonly exports = new Map<string, { stack: StackTemplate; value: Value }>();

  private constructor() {}

  /** Every resource of every template. */
  public *resources(): IterableIterator<TemplateResource> {
    for (const stack of this.stacks.values()) yield* stack.resources.values();
  }

  /**
   * The resource a value names, followed across templates: `Ref`, `Fn::GetAtt` of an attribute
   * that equals the `Ref` (`UserPoolId`), a nested stack's parameter or output, and
   * `Fn::ImportValue` of another stack's export. `undefined` when the target is not in the app.
   */
  public target(stack: StackTemplate, value: Value, depth = 0): TemplateResource | undefined {
    if (!isObject(value) || depth > 20) return undefined;
    const follow = this.follow(stack, value);
    if (!follow) return undefined;
    if ('resource' in follow) return follow.resource;
    return this.target(follow.stack, follow.value, depth + 1);
  }

  /**
   * One step of `target`: the resource an intrinsic names in its own template, or the value (and
   * its template) that it stands for elsewhere.
   */
  public follow(stack: StackTemplate, value: Record<string, Value>): Followed | undefined {
    const ref = knownString(value.Ref);
    if (ref !== undefined) {
      const resource = stack.resources.get(ref);
      if (resource) return { resource };
      const parentParameters = stack.parent?.properties.Parameters;
      if (stack.parent && ref in stack.parameters && isObject(parentParameters) && parentParameters[ref] !== undefined) {
        return { stack: stack.parent.stack, value: parentParameters[ref] };
      }
      return undefined;
    }
    const getAtt = getAttOf(value);
    if (getAtt) {
      const resource = stack.resources.get(getAtt.logicalId);
      if (!resource) return undefined;
      if (getAtt.attribute === 'UserPoolId') return { resource };
      const output = getAtt.attribute.startsWith('Outputs.') ? this.nestedOutput(resource, getAtt.attribute.slice(8)) : undefined;
      return output;
    }
    const exportName = knownString(value['Fn::ImportValue']);
    if (exportName !== undefined) return this.exports.get(exportName);
    return undefined;
  }

  private nestedOutput(stackResource: TemplateResource, name: string): { stack: StackTemplate; value: Value } | undefined {
    for (const stack of this.stacks.values()) {
      if (stack.parent !== stackResource) continue;
      const output = stack.outputs[name];
      return isObject(output) ? { stack, value: output.Value } : undefined;
    }
    return undefined;
  }

  private load(templatePath: string, construct: Stack | undefined): void {
    if (this.stacks.has(templatePath)) return;
    let template: Value;
    try {
      template = JSON.parse(fs.readFileSync(templatePath, 'utf8'));
    } catch (e) {
      this.unreadable.push({ templatePath, reason: (e as Error).message });
      return;
    }
    const region = construct && !Token.isUnresolved(construct.region) ? construct.region : undefined;
    this.add(templatePath, template, { name: construct?.node.path, region }, construct);
  }

  private add(templatePath: string, template: Value, known: Pick<TemplateSource, 'name' | 'region' | 'constructPaths'>, construct?: Stack): void {
    if (this.stacks.has(templatePath)) return;
    if (!isObject(template)) {
      this.unreadable.push({ templatePath, reason: 'the template is not a JSON object' });
      return;
    }
    const stack: StackTemplate = {
      name: known.name ?? path.basename(templatePath),
      templatePath,
      region: known.region,
      construct,
      resources: new Map(),
      outputs: isObject(template.Outputs) ? template.Outputs : {},
      parameters: isObject(template.Parameters) ? template.Parameters : {},
    };
    // Paths are read when a rule or a registration needs them: from the path metadata that
    // `cdk synth` writes into each resource, else from the construct tree, walked once per stack.
    let treePaths: Map<string, string> | undefined;
    const pathOf = (logicalId: string, metadata: Value): string => {
      const written = isObject(metadata) ? knownString(metadata[PATH_METADATA_KEY]) : undefined;
      if (written !== undefined) return written;
      treePaths ??= construct ? constructPaths(construct) : new Map(known.constructPaths ?? []);
      return treePaths.get(logicalId) ?? `${stack.name}/${logicalId}`;
    };
    const resources = isObject(template.Resources) ? template.Resources : {};
    for (const [logicalId, body] of Object.entries(resources)) {
      if (!isObject(body)) continue;
      let constructPath: string | undefined;
      stack.resources.set(logicalId, {
        stack,
        logicalId,
        type: String(body.Type),
        properties: isObject(body.Properties) ? body.Properties : {},
        rawProperties: body.Properties,
        metadata: isObject(body.Metadata) ? body.Metadata : {},
        dependsOn: Array.isArray(body.DependsOn) ? body.DependsOn.filter((d): d is string => typeof d === 'string')
          : typeof body.DependsOn === 'string' ? [body.DependsOn] : [],
        get path() {
          constructPath ??= pathOf(logicalId, body.Metadata);
          return constructPath;
        },
      });
    }
    this.stacks.set(templatePath, stack);
    for (const output of Object.values(stack.outputs)) {
      if (!isObject(output) || !isObject(output.Export)) continue;
      const name = knownString(output.Export.Name);
      if (name !== undefined) this.exports.set(name, { stack, value: output.Value });
    }
  }

  /** Ties each nested stack's template to the `AWS::CloudFormation::Stack` resource that creates it. */
  private link(stacks: TreeStack[]): void {
    for (const { construct, templatePath } of stacks) {
      const parent = construct.nestedStackParent;
      const resource = construct.nestedStackResource;
      const template = this.stacks.get(templatePath);
      if (!parent || !resource || !template) continue;
      const parentTemplate = this.stacks.get(treeTemplatePath(parent));
      template.parent = parentTemplate?.resources.get(parent.resolve((resource as CfnElement).logicalId));
    }
  }
}

interface TreeStack {
  readonly construct: Stack;
  readonly templatePath: string;
}

/** Every stack of the tree below `root`, Stages and nested stacks included. */
function treeStacks(root: IConstruct): TreeStack[] {
  return root.node.findAll().filter((c): c is Stack => Stack.isStack(c)).map(construct => ({ construct, templatePath: treeTemplatePath(construct) }));
}

function treeTemplatePath(stack: Stack): string {
  const stage = Stage.of(stack);
  return path.resolve(stage ? stage.outdir : '.', stack.templateFile);
}

/** The construct path of each resource of a stack, by logical id (its own resources only). */
function constructPaths(stack: Stack): Map<string, string> {
  const paths = new Map<string, string>();
  const visit = (construct: IConstruct) => {
    for (const child of construct.node.children) {
      if (Stack.isStack(child)) continue; // nested stacks have templates of their own
      if (CfnElement.isCfnElement(child)) paths.set(stack.resolve(child.logicalId), child.node.path);
      visit(child);
    }
  };
  visit(stack);
  return paths;
}

/** `Fn::GetAtt` in either form: `[id, attribute]` or `'id.attribute'`. */
export function getAttOf(value: Record<string, Value>): { logicalId: string; attribute: string } | undefined {
  const getAtt = value['Fn::GetAtt'];
  if (Array.isArray(getAtt) && typeof getAtt[0] === 'string' && typeof getAtt[1] === 'string') {
    return { logicalId: getAtt[0], attribute: getAtt[1] };
  }
  if (typeof getAtt === 'string' && getAtt.includes('.')) {
    const dot = getAtt.indexOf('.');
    return { logicalId: getAtt.slice(0, dot), attribute: getAtt.slice(dot + 1) };
  }
  return undefined;
}
