/** What a corpus entry holds of its template: parameter types by name, and the resources. */
export interface CorpusFacts {
  readonly parameters?: Record<string, string>;
  readonly resources: Record<string, unknown>;
}

/** A corpus entry (see README.md here) as the plain CloudFormation template it came from. */
export function corpusTemplate(entry: CorpusFacts): Record<string, unknown> {
  const parameters = Object.fromEntries(Object.entries(entry.parameters ?? {}).map(([name, type]) => [name, { Type: type }]));
  return { AWSTemplateFormatVersion: '2010-09-09', Parameters: parameters, Resources: entry.resources };
}
