// The same Jest suite, with every `aws-cdk-lib` import resolved to the newest release
// (`aws-cdk-lib-newest` in package.json). The code is type-checked against the floor.
const base = require('./package.json').jest;

module.exports = {
  ...base,
  rootDir: __dirname,
  collectCoverage: false,
  reporters: ['default'],
  moduleNameMapper: {
    '^aws-cdk-lib$': 'aws-cdk-lib-newest',
    '^aws-cdk-lib/(.*)$': 'aws-cdk-lib-newest/$1',
  },
};
