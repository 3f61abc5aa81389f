/** One field of a Cognito request shape, as its service model describes it. */
export interface ModelField {
  /** The model's shape name, e.g. `ExplicitAuthFlowsType`. */
  readonly shape: string;
  /** `string`, `integer`, `boolean`, `list`, `map`, `structure`, `blob` or `document`. */
  readonly type: string;
  /** Whether the request must carry it. */
  readonly required?: boolean;
  /** The values a string may take. */
  readonly enum?: readonly string[];
  /** The least length (strings, lists, maps) or value (integers). */
  readonly min?: number;
  /** The greatest length (strings, lists, maps) or value (integers). */
  readonly max?: number;
  /** The model's pattern (a Java regular expression that the whole value must match). */
  readonly pattern?: string;
}
