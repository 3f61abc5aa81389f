import { Duration, Stack, StackProps } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { MachineToMachineClient, SinglePageAppClient } from 'cdk-cognito-app-client';
import { Construct } from 'constructs';

export interface OrdersStackProps extends StackProps {
  /** Add a client whose access tokens would live 2 days (Cognito allows at most 1). */
  readonly withBadClient?: boolean;
}

export class OrdersStack extends Stack {
  constructor(scope: Construct, id: string, props: OrdersStackProps = {}) {
    super(scope, id, props);
    const userPool = new cognito.UserPool(this, 'UserPool', { signInAliases: { email: true } });
    userPool.addDomain('Domain', { cognitoDomain: { domainPrefix: 'orders-example-app' } });
    const read = new cognito.ResourceServerScope({ scopeName: 'read', scopeDescription: 'Read orders' });
    const orders = userPool.addResourceServer('Orders', { identifier: 'orders', scopes: [read] });

    new SinglePageAppClient(this, 'Web', {
      userPool,
      callbackUrls: ['https://app.example.com/callback'],
    });
    new MachineToMachineClient(this, 'Worker', {
      userPool,
      resourceServerScopes: [{ resourceServer: orders, scopes: [read] }],
    });
    if (props.withBadClient) {
      new MachineToMachineClient(this, 'Reporter', {
        userPool,
        resourceServerScopes: [{ resourceServer: orders, scopes: [read] }],
        accessTokenValidity: Duration.days(2),
      });
    }
  }
}
