import * as fs from 'fs';
import * as path from 'path';
import { ASSET_CATEGORIES } from '../checks/rules/managed-login';

/**
 * What a managed login image is for (`Category` of an asset).
 */
export class BrandingAssetCategory {
  /** The browser tab icon, as an ICO file. */
  public static readonly FAVICON_ICO = new BrandingAssetCategory('FAVICON_ICO');
  /** The browser tab icon, as an SVG file. */
  public static readonly FAVICON_SVG = new BrandingAssetCategory('FAVICON_SVG');
  /** The image of the email MFA prompt. */
  public static readonly EMAIL_GRAPHIC = new BrandingAssetCategory('EMAIL_GRAPHIC');
  /** The image of the SMS MFA prompt. */
  public static readonly SMS_GRAPHIC = new BrandingAssetCategory('SMS_GRAPHIC');
  /** The image of the authenticator-app MFA prompt. */
  public static readonly AUTH_APP_GRAPHIC = new BrandingAssetCategory('AUTH_APP_GRAPHIC');
  /** The image of the password prompt. */
  public static readonly PASSWORD_GRAPHIC = new BrandingAssetCategory('PASSWORD_GRAPHIC');
  /** The image of the passkey prompt. */
  public static readonly PASSKEY_GRAPHIC = new BrandingAssetCategory('PASSKEY_GRAPHIC');
  /** The logo in the page header. */
  public static readonly PAGE_HEADER_LOGO = new BrandingAssetCategory('PAGE_HEADER_LOGO');
  /** The background of the page header. */
  public static readonly PAGE_HEADER_BACKGROUND = new BrandingAssetCategory('PAGE_HEADER_BACKGROUND');
  /** The logo in the page footer. */
  public static readonly PAGE_FOOTER_LOGO = new BrandingAssetCategory('PAGE_FOOTER_LOGO');
  /** The background of the page footer. */
  public static readonly PAGE_FOOTER_BACKGROUND = new BrandingAssetCategory('PAGE_FOOTER_BACKGROUND');
  /** The background of the whole page. */
  public static readonly PAGE_BACKGROUND = new BrandingAssetCategory('PAGE_BACKGROUND');
  /** The background of the sign-in form. */
  public static readonly FORM_BACKGROUND = new BrandingAssetCategory('FORM_BACKGROUND');
  /** The logo on the sign-in form. */
  public static readonly FORM_LOGO = new BrandingAssetCategory('FORM_LOGO');
  /** The icon on the buttons of external identity providers. */
  public static readonly IDP_BUTTON_ICON = new BrandingAssetCategory('IDP_BUTTON_ICON');

  /**
   * A category this library does not name yet (the checks judge it against Cognito's list).
   * @param categoryName the `Category` value, e.g. `FORM_LOGO`
   */
  public static custom(categoryName: string): BrandingAssetCategory {
    return new BrandingAssetCategory(categoryName);
  }

  private constructor(
    /** The `Category` value. */
    public readonly categoryName: string,
  ) {}
}

/**
 * The display mode an image is for (`ColorMode` of an asset).
 */
export class BrandingColorMode {
  /** Shown in light mode only. */
  public static readonly LIGHT = new BrandingColorMode('LIGHT');
  /** Shown in dark mode only. */
  public static readonly DARK = new BrandingColorMode('DARK');
  /** Shown in every mode (browser-adaptive). */
  public static readonly DYNAMIC = new BrandingColorMode('DYNAMIC');

  /**
   * A mode this library does not name yet (the checks judge it against Cognito's list).
   * @param modeName the `ColorMode` value
   */
  public static custom(modeName: string): BrandingColorMode {
    return new BrandingColorMode(modeName);
  }

  private constructor(
    /** The `ColorMode` value. */
    public readonly modeName: string,
  ) {}
}

/**
 * The file type of an image (`Extension` of an asset).
 */
export class BrandingAssetExtension {
  /** An icon file (`.ico`). */
  public static readonly ICO = new BrandingAssetExtension('ICO');
  /** A JPEG image (`.jpg`, `.jpeg`). */
  public static readonly JPEG = new BrandingAssetExtension('JPEG');
  /** A PNG image (`.png`). */
  public static readonly PNG = new BrandingAssetExtension('PNG');
  /** An SVG image (`.svg`). */
  public static readonly SVG = new BrandingAssetExtension('SVG');
  /** A WebP image (`.webp`). */
  public static readonly WEBP = new BrandingAssetExtension('WEBP');

  /**
   * A file type this library does not name yet (the checks judge it against Cognito's list).
   * @param extensionName the `Extension` value
   */
  public static custom(extensionName: string): BrandingAssetExtension {
    return new BrandingAssetExtension(extensionName);
  }

  private constructor(
    /** The `Extension` value. */
    public readonly extensionName: string,
  ) {}
}

const EXTENSIONS_BY_SUFFIX: Record<string, BrandingAssetExtension> = {
  '.ico': BrandingAssetExtension.ICO,
  '.jpg': BrandingAssetExtension.JPEG,
  '.jpeg': BrandingAssetExtension.JPEG,
  '.png': BrandingAssetExtension.PNG,
  '.svg': BrandingAssetExtension.SVG,
  '.webp': BrandingAssetExtension.WEBP,
};

const COLOR_MODE_SUFFIXES: Record<string, BrandingColorMode> = {
  light: BrandingColorMode.LIGHT,
  dark: BrandingColorMode.DARK,
  dynamic: BrandingColorMode.DYNAMIC,
};


/**
 * How to file an image; what is not stated is derived from the file name.
 */
export interface BrandingAssetOptions {
  /**
   * What the image is for.
   * @default - from the file name without its extension and color-mode suffix, e.g.
   * `form-logo.png` is `FORM_LOGO`, `favicon.ico` is `FAVICON_ICO`
   */
  readonly category?: BrandingAssetCategory;

  /**
   * The display mode the image is for.
   * @default - from a `-light`, `-dark` or `-dynamic` suffix of the file name
   * (`form-logo-dark.png`), else `BrandingColorMode.DYNAMIC` (shown in every mode)
   */
  readonly colorMode?: BrandingColorMode;

  /**
   * The file type.
   * @default - from the file extension: `.ico`, `.jpg`/`.jpeg`, `.png`, `.svg` or `.webp`
   */
  readonly extension?: BrandingAssetExtension;

  /**
   * The id of the asset (`ResourceId`).
   * @default - none
   */
  readonly resourceId?: string;
}

/**
 * An image of a managed login branding style: its bytes and how Cognito files it.
 */
export class BrandingAsset {
  /**
   * Reads an image file; its bytes go into the template, base64-encoded.
   * @param file the path of the image
   * @param options what the image is for, where the file name does not say it
   */
  public static fromFile(file: string, options: BrandingAssetOptions = {}): BrandingAsset {
    const where = `BrandingAsset.fromFile('${file}')`;
    const bytes = readOrFail(where, file, 'a readable image file');
    const suffix = path.extname(file).toLowerCase();
    const extension = options.extension ?? EXTENSIONS_BY_SUFFIX[suffix];
    if (!extension) {
      throw new Error(`${where}: the file type ${suffix ? `'${suffix}'` : '(none)'} is not one Cognito shows; allowed: ${Object.keys(EXTENSIONS_BY_SUFFIX).join(', ')}, or state the extension`);
    }
    const stem = path.basename(file, path.extname(file)).toLowerCase();
    const modeSuffix = /-(light|dark|dynamic)$/.exec(stem);
    const colorMode = options.colorMode ?? (modeSuffix ? COLOR_MODE_SUFFIXES[modeSuffix[1]] : BrandingColorMode.DYNAMIC);
    const categoryName = (modeSuffix ? stem.slice(0, -modeSuffix[0].length) : stem).replace(/-/g, '_').toUpperCase();
    const derived = categoryName === 'FAVICON' ? `FAVICON_${extension.extensionName}` : categoryName;
    const category = options.category ?? (ASSET_CATEGORIES.includes(derived) ? BrandingAssetCategory.custom(derived) : undefined);
    if (!category) {
      throw new Error(`${where}: the file name does not name a category (received '${path.basename(file)}'); allowed: a name such as form-logo.png or page-background-dark.jpg (${ASSET_CATEGORIES.map(n => n.toLowerCase().replace(/_/g, '-')).join(', ')}), or state the category`);
    }
    return new BrandingAsset(category, colorMode, extension, bytes.toString('base64'), options.resourceId);
  }

  private constructor(
    /** What the image is for. */
    public readonly category: BrandingAssetCategory,
    /** The display mode the image is for. */
    public readonly colorMode: BrandingColorMode,
    /** The file type. */
    public readonly extension: BrandingAssetExtension,
    /** The image, base64-encoded (`Bytes`). */
    public readonly base64Bytes: string,
    /** The id of the asset (`ResourceId`), when one is given. */
    public readonly resourceId?: string,
  ) {}
}

/**
 * The style of an app client's managed login pages (`AWS::Cognito::ManagedLoginBranding`).
 */
export class ManagedLoginBranding {
  /**
   * Cognito's default style (`UseCognitoProvidedValues: true`), which can be edited later in
   * the branding editor.
   */
  public static cognitoDefault(): ManagedLoginBranding {
    return new ManagedLoginBranding(true, undefined, []);
  }

  /**
   * A style from a settings document, as the branding editor exports it, and images.
   * @param settings the settings document (`Settings`)
   * @param assets the images (at most 40)
   */
  public static fromSettings(settings: { [key: string]: any }, assets: BrandingAsset[] = []): ManagedLoginBranding {
    if (settings === null || typeof settings !== 'object' || Array.isArray(settings)) {
      throw new Error(`ManagedLoginBranding.fromSettings: settings must be a JSON object (received ${JSON.stringify(settings)}); allowed: the settings document of a branding style`);
    }
    return new ManagedLoginBranding(false, settings, assets);
  }

  /**
   * A style from a settings file (JSON), as the branding editor exports it, and images.
   * @param file the path of the settings document
   * @param assets the images (at most 40)
   */
  public static fromSettingsFile(file: string, assets: BrandingAsset[] = []): ManagedLoginBranding {
    const where = `ManagedLoginBranding.fromSettingsFile('${file}')`;
    const text = readOrFail(where, file, 'a readable JSON file').toString('utf8');
    let settings: unknown;
    try {
      settings = JSON.parse(text);
    } catch (e) {
      throw new Error(`${where}: the file is not JSON (${(e as Error).message}); allowed: the settings document of a branding style, a JSON object`);
    }
    if (settings === null || typeof settings !== 'object' || Array.isArray(settings)) {
      throw new Error(`${where}: the file holds ${Array.isArray(settings) ? 'an array' : JSON.stringify(settings)}, not an object; allowed: the settings document of a branding style, a JSON object`);
    }
    return new ManagedLoginBranding(false, settings as { [key: string]: any }, assets);
  }

  private constructor(
    /** Whether the style is Cognito's default (`UseCognitoProvidedValues`). */
    public readonly useCognitoProvidedValues: boolean,
    /** The settings document (`Settings`), when the style is not Cognito's default. */
    public readonly settings: { [key: string]: any } | undefined,
    /** The images (`Assets`). */
    public readonly assets: BrandingAsset[],
  ) {}
}

/** The bytes of `file`; an unreadable file fails with its error code and what is allowed. */
function readOrFail(where: string, file: string, allowed: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch (e) {
    throw new Error(`${where}: the file cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); allowed: ${allowed}`);
  }
}
