import { UPC90, UPC91, UPC92, UPC93 } from './analytics';
import { UPC80, UPC81, UPC82, UPC83, UPC84 } from './attributes';
import { UPC60, UPC61, UPC62, UPC63, UPC64, UPC65, UPC66, UPC67, UPC68, UPC69 } from './auth-flows';
import { UPB01, UPB02, UPB03, UPB04, UPB05 } from './best-practice';
import { UPC01, UPC02, UPC03 } from './identity';
import { UPC50, UPC51 } from './identity-providers';
import { UPL01, UPL02, UPL03, UPL04, UPL05, UPL06, UPL07, UPL08, UPL09, UPL10, UPL11, UPL12 } from './managed-login';
import { UPC20, UPC21, UPC22, UPC23, UPC24, UPC25, UPC26, UPC27, UPC28, UPC29, UPC30, UPC31 } from './oauth';
import { UPC70, UPC71 } from './other';
import { UPC95 } from './quotas';
import { UPC10, UPC11, UPC12, UPC13, UPC14, UPC15 } from './tokens';
import { UPC40, UPC41, UPC42, UPC43 } from './urls';
import { Rule } from '../rule';

/** The catalogue (spec/rules.md), in its order. */
export const ALL_RULES: readonly Rule[] = [
  UPC01, UPC02, UPC03,
  UPC10, UPC11, UPC12, UPC13, UPC14, UPC15,
  UPC20, UPC21, UPC22, UPC23, UPC24, UPC25, UPC26, UPC27, UPC28, UPC29, UPC30, UPC31,
  UPC40, UPC41, UPC42, UPC43,
  UPC50, UPC51,
  UPC60, UPC61, UPC62, UPC63, UPC64, UPC65, UPC66, UPC67, UPC68, UPC69,
  UPC70, UPC71,
  UPC80, UPC81, UPC82, UPC83, UPC84,
  UPC90, UPC91, UPC92, UPC93,
  UPC95,
  UPL01, UPL02, UPL03, UPL04, UPL05, UPL06, UPL07, UPL08, UPL09, UPL10, UPL11, UPL12,
  UPB01, UPB02, UPB03, UPB04, UPB05,
];
