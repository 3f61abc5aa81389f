#!/usr/bin/env node
import { App } from 'aws-cdk-lib';
import { OrdersStack } from '../lib/orders-stack';

const app = new App();
// `cdk synth -c withBadClient=true` adds a client that Cognito would reject.
new OrdersStack(app, 'Orders', { withBadClient: app.node.tryGetContext('withBadClient') === 'true' });
