/**
 * A language of managed login, for a localized terms link (`cognito:<language>`).
 */
export class TermsLanguage {
  /** English. */
  public static readonly ENGLISH = new TermsLanguage('english');
  /** French. */
  public static readonly FRENCH = new TermsLanguage('french');
  /** Spanish. */
  public static readonly SPANISH = new TermsLanguage('spanish');
  /** German. */
  public static readonly GERMAN = new TermsLanguage('german');
  /** Bahasa Indonesia. */
  public static readonly BAHASA_INDONESIA = new TermsLanguage('bahasa-indonesia');
  /** Italian. */
  public static readonly ITALIAN = new TermsLanguage('italian');
  /** Japanese. */
  public static readonly JAPANESE = new TermsLanguage('japanese');
  /** Korean. */
  public static readonly KOREAN = new TermsLanguage('korean');
  /** Portuguese (Brazil). */
  public static readonly PORTUGUESE_BRAZIL = new TermsLanguage('portuguese-brazil');
  /** Chinese (simplified). */
  public static readonly CHINESE_SIMPLIFIED = new TermsLanguage('chinese-simplified');
  /** Chinese (traditional). */
  public static readonly CHINESE_TRADITIONAL = new TermsLanguage('chinese-traditional');

  /**
   * A language this library does not name yet (the checks judge it against Cognito's list).
   * @param languageName the name after `cognito:`, e.g. `french`
   */
  public static custom(languageName: string): TermsLanguage {
    return new TermsLanguage(languageName);
  }

  private constructor(
    /** The name after `cognito:` in the link's key. */
    public readonly languageName: string,
  ) {}
}

/** A link to a terms document in one language. */
export interface TermsTranslation {
  /** The language of the page. */
  readonly language: TermsLanguage;
  /** The URL of the document in that language. */
  readonly url: string;
}

/** A terms document: the URL shown by default, and URLs per language. */
export interface TermsDocument {
  /** The URL shown for every language without its own (`cognito:default`). */
  readonly url: string;

  /**
   * URLs for particular languages (`cognito:<language>`); with the default, at most 12 links.
   * @default - none: every language shows `url`
   */
  readonly translations?: TermsTranslation[];
}

/**
 * The terms of use and privacy policy that managed login links for one client
 * (`AWS::Cognito::Terms`).
 */
export interface ClientTerms {
  /**
   * The terms of use (`TermsName: terms-of-use`).
   * @default - none
   */
  readonly termsOfUse?: TermsDocument;

  /**
   * The privacy policy (`TermsName: privacy-policy`).
   * @default - none
   */
  readonly privacyPolicy?: TermsDocument;
}
