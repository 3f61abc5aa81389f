// CDK prints its validation report (every warning of every synthesis) with console.error. Tests
// assert on the findings themselves; the printed copies would bury Jest's own output.
const error = console.error.bind(console);
console.error = (...args: unknown[]) => {
  const text = args.map(String).join(' ');
  if (/\(cdk-cognito-app-client\)|Performing Policy Validations|A copy of this report can be found in|Template validation found issues|validateAgainstDefaultRules/.test(text)) return;
  error(...args);
};
