import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CfnResource, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { newStack, synthTemplate } from './helpers';
import {
  AppClient, BrandingAsset, BrandingAssetCategory, BrandingAssetExtension, BrandingColorMode,
  ManagedLoginBranding, OAuthFlow, SinglePageAppClient, TermsLanguage,
} from '../src';

const FILES = path.join(__dirname, 'fixtures', 'branding');
const file = (name: string) => path.join(FILES, name);
const base64Of = (name: string) => fs.readFileSync(file(name)).toString('base64');

/** The synthesized properties of an L1 resource. */
function propsOf(stack: Stack, resource: CfnResource | undefined): Record<string, any> {
  return synthTemplate(stack).Resources[stack.getLogicalId(resource!)].Properties;
}

function appClient(props: Partial<ConstructorParameters<typeof AppClient>[2]> = {}) {
  const stack = newStack();
  const userPool = new cognito.UserPool(stack, 'Pool');
  const client = new AppClient(stack, 'Client', {
    userPool,
    oAuth: { flows: [OAuthFlow.AUTHORIZATION_CODE], scopes: [cognito.OAuthScope.OPENID], callbackUrls: ['https://app.example.com/callback'] },
    ...props,
  });
  return { stack, client };
}

describe('managed login branding', () => {
  test("Cognito's default style: one ManagedLoginBranding for the client, UseCognitoProvidedValues alone", () => {
    const { stack, client } = appClient({ managedLoginBranding: ManagedLoginBranding.cognitoDefault() });
    expect(client.cfnManagedLoginBranding!.node.path).toBe('Stack/Client/ManagedLoginBranding');
    expect(propsOf(stack, client.cfnManagedLoginBranding)).toEqual({
      UserPoolId: { Ref: stack.getLogicalId(client.userPool.node.defaultChild as cognito.CfnUserPool) },
      ClientId: { Ref: stack.getLogicalId(client.cfnUserPoolClient) },
      UseCognitoProvidedValues: true,
    });
  });

  test('settings from a file and images whose category, color mode and type come from their names', () => {
    const { stack, client } = appClient({
      managedLoginBranding: ManagedLoginBranding.fromSettingsFile(file('settings.json'), [
        BrandingAsset.fromFile(file('form-logo.png')),
        BrandingAsset.fromFile(file('page-background-dark.png')),
        BrandingAsset.fromFile(file('favicon.ico')),
      ]),
    });
    const props = propsOf(stack, client.cfnManagedLoginBranding);
    expect(props.UseCognitoProvidedValues).toBeUndefined();
    expect(props.Settings).toEqual(JSON.parse(fs.readFileSync(file('settings.json'), 'utf8')));
    expect(props.Assets).toEqual([
      { Category: 'FORM_LOGO', ColorMode: 'DYNAMIC', Extension: 'PNG', Bytes: base64Of('form-logo.png') },
      { Category: 'PAGE_BACKGROUND', ColorMode: 'DARK', Extension: 'PNG', Bytes: base64Of('page-background-dark.png') },
      { Category: 'FAVICON_ICO', ColorMode: 'DYNAMIC', Extension: 'ICO', Bytes: base64Of('favicon.ico') },
    ]);
  });

  test('settings as an object, and an image filed as stated', () => {
    const { stack, client } = appClient({
      managedLoginBranding: ManagedLoginBranding.fromSettings({ components: { form: { borderRadius: 4 } } }, [
        BrandingAsset.fromFile(file('form-logo.png'), {
          category: BrandingAssetCategory.PAGE_HEADER_LOGO, colorMode: BrandingColorMode.LIGHT, extension: BrandingAssetExtension.PNG, resourceId: 'header',
        }),
      ]),
    });
    expect(propsOf(stack, client.cfnManagedLoginBranding)).toMatchObject({
      Settings: { components: { form: { borderRadius: 4 } } },
      Assets: [{ Category: 'PAGE_HEADER_LOGO', ColorMode: 'LIGHT', Extension: 'PNG', ResourceId: 'header', Bytes: base64Of('form-logo.png') }],
    });
  });

  test('no branding, no resource', () => {
    const { stack, client } = appClient();
    expect(client.cfnManagedLoginBranding).toBeUndefined();
    Template.fromStack(stack).resourceCountIs('AWS::Cognito::ManagedLoginBranding', 0);
  });

  describe('bad input fails at construction, naming the value and what is allowed', () => {
    test('an unreadable image', () => {
      expect(() => BrandingAsset.fromFile(file('missing.png'))).toThrow(/^BrandingAsset\.fromFile\('.*missing\.png'\): the file cannot be read \(ENOENT\); allowed: a readable image file$/);
    });

    test('an image of a type Cognito does not show', () => {
      expect(() => BrandingAsset.fromFile(file('banner.gif'), { category: BrandingAssetCategory.FORM_LOGO }))
        .toThrow(/the file type '\.gif' is not one Cognito shows; allowed: \.ico, \.jpg, \.jpeg, \.png, \.svg, \.webp, or state the extension/);
    });

    test('an image whose name names no category', () => {
      const logo = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'branding-')), 'logo.png');
      fs.copyFileSync(file('form-logo.png'), logo);
      expect(() => BrandingAsset.fromFile(logo)).toThrow(/the file name does not name a category \(received 'logo\.png'\); allowed: a name such as form-logo\.png .*favicon-ico, .*, or state the category/);
    });

    test('a settings file that is not JSON, or not an object', () => {
      expect(() => ManagedLoginBranding.fromSettingsFile(file('settings-broken.json'))).toThrow(/settings-broken\.json'\): the file is not JSON \(.*\); allowed: the settings document of a branding style, a JSON object/);
      const list = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'branding-')), 'list.json');
      fs.writeFileSync(list, '[]');
      expect(() => ManagedLoginBranding.fromSettingsFile(list)).toThrow(/the file holds an array, not an object/);
      expect(() => ManagedLoginBranding.fromSettingsFile(file('missing.json'))).toThrow(/the file cannot be read \(ENOENT\); allowed: a readable JSON file/);
    });
  });
});

describe('terms', () => {
  test('terms of use and a privacy policy, each with a default and localized links', () => {
    const { stack, client } = appClient({
      terms: {
        termsOfUse: { url: 'https://example.com/terms', translations: [{ language: TermsLanguage.FRENCH, url: 'https://example.com/fr/conditions' }] },
        privacyPolicy: { url: 'https://example.com/privacy' },
      },
    });
    expect(client.cfnTerms.map(t => t.node.id)).toEqual(['TermsOfUse', 'PrivacyPolicy']);
    const clientRef = { Ref: stack.getLogicalId(client.cfnUserPoolClient) };
    expect(propsOf(stack, client.cfnTerms[0])).toEqual({
      UserPoolId: expect.anything(),
      ClientId: clientRef,
      TermsName: 'terms-of-use',
      TermsSource: 'LINK',
      Enforcement: 'NONE',
      Links: { 'cognito:default': 'https://example.com/terms', 'cognito:french': 'https://example.com/fr/conditions' },
    });
    expect(propsOf(stack, client.cfnTerms[1])).toMatchObject({ ClientId: clientRef, TermsName: 'privacy-policy', Links: { 'cognito:default': 'https://example.com/privacy' } });
  });

  test('two URLs for one language fail at construction', () => {
    expect(() => appClient({
      terms: { privacyPolicy: { url: 'https://example.com/p', translations: [{ language: TermsLanguage.GERMAN, url: 'https://example.com/de/1' }, { language: TermsLanguage.GERMAN, url: 'https://example.com/de/2' }] } },
    })).toThrow("Stack/Client: terms.privacyPolicy: two URLs for cognito:german (received 'https://example.com/de/1' and 'https://example.com/de/2'); allowed: one URL per language");
  });
});

test('the sign-in presets take branding and terms', () => {
  const stack = newStack();
  const userPool = new cognito.UserPool(stack, 'Pool');
  const web = new SinglePageAppClient(stack, 'Web', {
    userPool,
    callbackUrls: ['https://app.example.com/callback'],
    managedLoginBranding: ManagedLoginBranding.cognitoDefault(),
    terms: { termsOfUse: { url: 'https://example.com/terms' } },
  });
  expect(web.cfnManagedLoginBranding?.node.path).toBe('Stack/Web/ManagedLoginBranding');
  expect(web.cfnTerms.map(t => t.node.path)).toEqual(['Stack/Web/TermsOfUse']);
});
