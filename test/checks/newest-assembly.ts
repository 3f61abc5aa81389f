import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';

const ROOT = path.join(__dirname, '..', '..');

/** A type of a jsii assembly, as far as the guards read it. */
export interface JsiiType {
  readonly kind: string;
  readonly docs?: { readonly custom?: Record<string, string> };
  readonly properties?: Array<{ readonly name: string; readonly type?: unknown }>;
}

/** The types of the newest aws-cdk-lib's jsii assembly (its public API in every language). */
export function newestAssemblyTypes(): Record<string, JsiiType> {
  const dir = path.join(ROOT, 'node_modules', 'aws-cdk-lib-newest');
  let assembly = JSON.parse(fs.readFileSync(path.join(dir, '.jsii'), 'utf8'));
  if (assembly.schema === 'jsii/file-redirect') {
    const file = fs.readFileSync(path.join(dir, assembly.filename));
    assembly = JSON.parse((assembly.compression === 'gzip' ? zlib.gunzipSync(file) : file).toString('utf8'));
  }
  return assembly.types;
}

