// A small app for the cdk CLI test: `VARIANT=invalid` gives one client an ID token of 60 hours.
import { App, Duration, Stack } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { AppClient } from '../../../src';

const app = new App();
const stack = new Stack(app, 'CliTest');
const userPool = new cognito.UserPool(stack, 'UserPool');
new AppClient(stack, 'Client', {
  userPool,
  idTokenValidity: process.env.VARIANT === 'invalid' ? Duration.hours(60) : Duration.minutes(60),
});
app.synth();
