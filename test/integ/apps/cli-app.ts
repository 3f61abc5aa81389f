// A small app for the cdk CLI test: `VARIANT=invalid` gives an AppClient an ID token of 60 hours,
// and a raw L1 client inside a Stage a sign-in session of 20 minutes (found through the Aspect on
// the app).
import { App, Aspects, Duration, Stack, Stage } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { AppClient, UserPoolClientChecks } from '../../../src';

const invalid = process.env.VARIANT === 'invalid';
const app = new App();
Aspects.of(app).add(new UserPoolClientChecks());
const stack = new Stack(app, 'CliTest');
const userPool = new cognito.UserPool(stack, 'UserPool');
new AppClient(stack, 'Client', {
  userPool,
  idTokenValidity: invalid ? Duration.hours(60) : Duration.minutes(60),
});
const staged = new Stack(new Stage(app, 'Prod'), 'Auth');
new cognito.CfnUserPoolClient(staged, 'Raw', {
  userPoolId: new cognito.UserPool(staged, 'Pool').userPoolId,
  authSessionValidity: invalid ? 20 : 3,
  preventUserExistenceErrors: 'ENABLED',
});
app.synth();
