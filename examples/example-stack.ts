import * as path from 'path';
import { CfnOutput, Duration, Stack, StackProps } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { BrandingAsset, MachineToMachineClient, ManagedLoginBranding, NativeAppClient, ServerSideAppClient, SinglePageAppClient, TermsLanguage } from '../src';

/** One user pool with a domain and a resource server, and a client of every preset; the web client is branded and links its terms. */
export class ExampleStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);

    const userPool = new cognito.UserPool(this, 'UserPool', {
      signInAliases: { email: true },
      standardAttributes: { email: { required: true, mutable: true } },
    });
    // Managed login version 2 shows the web client's branding (the classic hosted UI would not).
    userPool.addDomain('Domain', {
      cognitoDomain: { domainPrefix: 'example-app-clients' },
      managedLoginVersion: cognito.ManagedLoginVersion.NEWER_MANAGED_LOGIN,
    });
    const read = new cognito.ResourceServerScope({ scopeName: 'read', scopeDescription: 'Read orders' });
    const write = new cognito.ResourceServerScope({ scopeName: 'write', scopeDescription: 'Write orders' });
    const orders = userPool.addResourceServer('Orders', { identifier: 'orders', scopes: [read, write] });

    const web = new SinglePageAppClient(this, 'Web', {
      userPool,
      callbackUrls: ['https://app.example.com/callback', 'http://localhost:5173/callback'],
      logoutUrls: ['https://app.example.com/'],
      additionalScopes: [cognito.OAuthScope.resourceServer(orders, read)],
      managedLoginBranding: ManagedLoginBranding.fromSettingsFile(path.join(__dirname, 'branding', 'settings.json'), [
        BrandingAsset.fromFile(path.join(__dirname, 'branding', 'form-logo.png')),
      ]),
      terms: {
        termsOfUse: {
          url: 'https://app.example.com/terms',
          translations: [{ language: TermsLanguage.FRENCH, url: 'https://app.example.com/fr/conditions' }],
        },
        privacyPolicy: { url: 'https://app.example.com/privacy' },
      },
    });
    const portal = new ServerSideAppClient(this, 'Portal', {
      userPool,
      callbackUrls: ['https://portal.example.com/oauth2/idpresponse'],
      // An admin portal: a managed login session of another app is never reused; always sign in.
      ssoSession: Duration.minutes(0),
    });
    const worker = new MachineToMachineClient(this, 'Worker', {
      userPool,
      resourceServerScopes: [{ resourceServer: orders, scopes: [read, write] }],
    });
    const mobile = new NativeAppClient(this, 'Mobile', {
      userPool,
      callbackUrls: ['com.example.app:/callback'],
    });

    for (const client of [web, portal, worker, mobile]) {
      new CfnOutput(this, `${client.node.id}ClientId`, { value: client.userPoolClientId });
    }
    new CfnOutput(this, 'WorkerSecretArn', { value: worker.secret!.secretArn });
  }
}
