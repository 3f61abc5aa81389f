// The tasks that run this suite name the aws-cdk-lib it must run on: the floor (`test`) or the
// newest release (`test:newest`); a mapping gone wrong would silently test the other one.
test('the suite runs on the aws-cdk-lib its task names', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { version } = require('aws-cdk-lib/package.json');
  expect(version).toBe(process.env.EXPECTED_AWS_CDK_LIB ?? version);
  expect(version).toMatch(/^2\.\d+\.\d+$/);
});
