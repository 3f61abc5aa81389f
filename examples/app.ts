import { App } from 'aws-cdk-lib';
import { ExampleStack } from './example-stack';

const app = new App();
new ExampleStack(app, 'CognitoAppClientExample');
app.synth();
