// Preloaded with `node -r` (or `ts-node -r`) by the integration tests: resolves every
// `aws-cdk-lib` import to the newest release (`aws-cdk-lib-newest` in package.json), as Jest's
// moduleNameMapper does for the unit tests (jest.newest.config.js). Test tooling, not library code.
const Module = require('module');

const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  const mapped = request === 'aws-cdk-lib' || request.startsWith('aws-cdk-lib/')
    ? `aws-cdk-lib-newest${request.slice('aws-cdk-lib'.length)}`
    : request;
  return resolve.call(this, mapped, ...rest);
};
