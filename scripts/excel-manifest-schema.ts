/**
 * A structural check of the Excel add-in's XML manifest (a TaskPaneApp with TaskPane
 * VersionOverrides 1.0), transcribed by us from Microsoft's manifest reference pages
 * (https://learn.microsoft.com/javascript/api/manifest) and the element order page
 * (https://learn.microsoft.com/office/dev/add-ins/develop/manifest-element-ordering).
 *
 * It is not XSD validation: Microsoft's XSDs are not shipped in any package reachable here.
 * What it checks: each element's children, their order and counts; allowed attributes and
 * their values (xsi:type, GUID, version, lengths, https URLs, enumerations); namespaces; and
 * that every resid names a declared resource of the right kind, with unique ids of at most 32
 * characters. An element the table does not describe is refused, naming what is accepted.
 * Pure: takes the parsed document, returns the problems.
 */
import type { XmlElement } from './excel-manifest';

const REFERENCE = 'https://learn.microsoft.com/javascript/api/manifest';
const ORDER = 'https://learn.microsoft.com/office/dev/add-ins/develop/manifest-element-ordering';
const OFFICE_APP_NS = 'http://schemas.microsoft.com/office/appforoffice/1.1';
const OVERRIDES_NS = 'http://schemas.microsoft.com/office/taskpaneappversionoverrides';
const BASIC_TYPES_NS = 'http://schemas.microsoft.com/office/officeappbasictypes/1.0';

export class ExcelManifestError extends Error {
  override readonly name = 'ExcelManifestError';
}

export interface ManifestProblem {
  /** e.g. `OfficeApp/VersionOverrides/Hosts/Host/DesktopFormFactor/ExtensionPoint[2]` */
  readonly path: string;
  readonly message: string;
}

/** Returns why `value` is not accepted, or undefined when it is. */
type ValueCheck = (value: string) => string | undefined;
type ResourceKind = 'image' | 'url' | 'short string' | 'long string';

interface AttributeRule {
  readonly required?: boolean;
  readonly check?: ValueCheck;
  /** The attribute is a resid naming a resource of this kind. */
  readonly resource?: ResourceKind;
  /** The attribute declares a resource of this kind (`id` in Resources). */
  readonly declares?: ResourceKind;
  /**
   * The value must be unique among the elements with this name in one host of VersionOverrides
   * (e.g. every Control's id): Microsoft's own task pane template repeats its group and button
   * ids in each host.
   */
  readonly uniqueAmong?: string;
}

interface ElementRule {
  /** The reference page the rule comes from. */
  readonly doc: string;
  /** Defaults to the parent's namespace. */
  readonly namespace?: string;
  readonly attributes?: Readonly<Record<string, AttributeRule>>;
  /** Children in the order they must appear (an XSD sequence). */
  readonly children?: readonly ChildRule[];
  /** The element's text; elements without this rule take no text. */
  readonly text?: ValueCheck;
  /** The rule depends on the xsi:type attribute, which must be one of these. */
  readonly types?: Readonly<Record<string, ElementRule>>;
}

interface ChildRule {
  readonly name: string;
  readonly rule: ElementRule;
  readonly min: number;
  /** Defaults to 1; Infinity for unbounded. */
  readonly max?: number;
}

// ---- value checks -------------------------------------------------------------------------

const maxLength =
  (max: number, min = 1): ValueCheck =>
  (value) =>
    value.length < min || value.length > max
      ? `is ${value.length} characters long; ${min} to ${max} are accepted`
      : undefined;

const oneOf =
  (...accepted: string[]): ValueCheck =>
  (value) =>
    accepted.includes(value)
      ? undefined
      : `${JSON.stringify(value)} is not accepted; accepted: ${accepted.join(', ')}`;

const pattern =
  (regex: RegExp, expected: string): ValueCheck =>
  (value) =>
    regex.test(value) ? undefined : `${JSON.stringify(value)} is not ${expected}`;

/** URLs must be https (SourceLocation, Image and Url resources say so; we apply it to all). */
const httpsUrl =
  (max: number): ValueCheck =>
  (value) => {
    const length = maxLength(max)(value);
    if (length) return length;
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      return `${JSON.stringify(value)} is not an absolute URL; an https:// URL is accepted`;
    }
    return url.protocol === 'https:'
      ? undefined
      : `${JSON.stringify(value)} is not https; only https:// URLs are accepted`;
  };

// https://learn.microsoft.com/javascript/api/manifest/id: a GUID.
const guid = pattern(
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  'a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)',
);
// https://learn.microsoft.com/javascript/api/manifest/version: n to n.n.n.n, each part ≤ 5 digits.
const version = pattern(/^\d{1,5}(\.\d{1,5}){0,3}$/, 'a version n, n.n, n.n.n or n.n.n.n');
// https://learn.microsoft.com/javascript/api/manifest/defaultlocale: a culture name like en-US.
const cultureName = pattern(/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i, 'a culture name such as en-US');
// https://learn.microsoft.com/javascript/api/manifest/set: MinVersion such as 1.1.
const setVersion = pattern(/^\d+\.\d+$/, 'a requirement set version such as 1.1');
/** https://learn.microsoft.com/javascript/api/manifest/appdomain: protocol plus host, nothing after. */
const appDomain: ValueCheck = (value) => {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `${JSON.stringify(value)} is not a URL; a protocol and domain such as https://contoso.com are accepted`;
  }
  if (!['https:', 'http:'].includes(url.protocol)) return `${value} must be http:// or https://`;
  return value === url.origin
    ? undefined
    : `${JSON.stringify(value)} has more than a protocol and domain (no path, no trailing /)`;
};

const excelTabIds = [
  'TabHome',
  'TabInsert',
  'TabPageLayoutExcel',
  'TabFormulas',
  'TabData',
  'TabReview',
  'TabView',
  'TabDeveloper',
  'TabAddIns',
  'TabPrintPreview',
  'TabBackgroundRemoval',
];

// ---- the table ----------------------------------------------------------------------------

/** Locale overrides of a setting or resource (DisplayName, SourceLocation, bt:Image, ...). */
const override = (value: ValueCheck): ChildRule => ({
  name: 'Override',
  min: 0,
  max: Infinity,
  rule: {
    doc: `${REFERENCE}/override`,
    attributes: {
      Locale: { required: true, check: cultureName },
      Value: { required: true, check: value },
    },
  },
});

/** An element whose DefaultValue is the setting, with optional locale overrides. */
const setting = (doc: string, value: ValueCheck): ElementRule => ({
  doc,
  attributes: { DefaultValue: { required: true, check: value } },
  children: [override(value)],
});

/** An element that points at a resource: `<Label resid="..."/>`. */
const reference = (doc: string, kind: ResourceKind): ElementRule => ({
  doc,
  attributes: { resid: { required: true, resource: kind, check: maxLength(32) } },
});

const one = (name: string, rule: ElementRule): ChildRule => ({ name, rule, min: 1 });
const optional = (name: string, rule: ElementRule): ChildRule => ({ name, rule, min: 0 });
const many = (name: string, rule: ElementRule, min = 1): ChildRule => ({
  name,
  rule,
  min,
  max: Infinity,
});

// https://learn.microsoft.com/javascript/api/manifest/icon: bt:Image size and resid (≤ 32).
const icon: ElementRule = {
  doc: `${REFERENCE}/icon`,
  children: [
    many('Image', {
      doc: `${REFERENCE}/icon`,
      namespace: BASIC_TYPES_NS,
      attributes: {
        size: { required: true, check: oneOf('16', '20', '24', '32', '40', '48', '64', '80') },
        resid: { required: true, resource: 'image', check: maxLength(32) },
      },
    }),
  ],
};

// https://learn.microsoft.com/javascript/api/manifest/supertip: Title then Description.
const supertip: ElementRule = {
  doc: `${REFERENCE}/supertip`,
  children: [
    one('Title', reference(`${REFERENCE}/supertip`, 'short string')),
    one('Description', reference(`${REFERENCE}/supertip`, 'long string')),
  ],
};

// https://learn.microsoft.com/javascript/api/manifest/action: children depend on xsi:type.
const action: ElementRule = {
  doc: `${REFERENCE}/action`,
  types: {
    ExecuteFunction: {
      doc: `${REFERENCE}/action`,
      children: [one('FunctionName', { doc: `${REFERENCE}/action`, text: maxLength(250) })],
    },
    ShowTaskpane: {
      doc: `${REFERENCE}/action`,
      children: [
        optional('TaskpaneId', { doc: `${REFERENCE}/action`, text: maxLength(125) }),
        one('SourceLocation', reference(`${REFERENCE}/action`, 'url')),
        optional('Title', reference(`${REFERENCE}/action`, 'short string')),
      ],
    },
  },
};

// https://learn.microsoft.com/javascript/api/manifest/control-button (order: the ordering page).
const control: ElementRule = {
  doc: `${REFERENCE}/control`,
  types: {
    // https://learn.microsoft.com/javascript/api/manifest/control: id ≤ 125, unique among Controls.
    Button: {
      doc: `${REFERENCE}/control-button`,
      attributes: { id: { required: true, check: maxLength(125), uniqueAmong: 'Control' } },
      children: [
        optional('OverriddenByRibbonApi', {
          doc: `${REFERENCE}/overriddenbyribbonapi`,
          text: oneOf('true', 'false'),
        }),
        one('Label', reference(`${REFERENCE}/control-button`, 'short string')),
        one('Supertip', supertip),
        one('Icon', icon),
        one('Action', action),
        optional('Enabled', { doc: `${REFERENCE}/enabled`, text: oneOf('true', 'false') }),
      ],
    },
  },
};

// https://learn.microsoft.com/javascript/api/manifest/group: id, Label, Icon, one or more Control.
const group: ElementRule = {
  doc: `${REFERENCE}/group`,
  attributes: { id: { required: true, check: maxLength(125), uniqueAmong: 'Group' } },
  children: [
    optional('OverriddenByRibbonApi', {
      doc: `${REFERENCE}/overriddenbyribbonapi`,
      text: oneOf('true', 'false'),
    }),
    one('Label', reference(`${REFERENCE}/group`, 'short string')),
    one('Icon', icon),
    many('Control', control),
  ],
};

// https://learn.microsoft.com/javascript/api/manifest/extensionpoint: xsi:type decides children.
const sourceLocationReference = (doc: string): ElementRule => ({
  doc,
  children: [one('SourceLocation', reference(doc, 'url'))],
});
const extensionPoint = (types: Record<string, ElementRule>): ElementRule => ({
  doc: `${REFERENCE}/extensionpoint`,
  types,
});
const commandSurfaces = extensionPoint({
  PrimaryCommandSurface: {
    doc: `${REFERENCE}/extensionpoint#primarycommandsurface`,
    children: [
      // https://learn.microsoft.com/javascript/api/manifest/officetab; Excel's built-in tab ids:
      // https://learn.microsoft.com/office/dev/add-ins/develop/built-in-ui-ids
      optional('OfficeTab', {
        doc: `${REFERENCE}/officetab`,
        attributes: { id: { required: true, check: oneOf(...excelTabIds) } },
        children: [many('Group', group)],
      }),
      // https://learn.microsoft.com/javascript/api/manifest/customtab
      optional('CustomTab', {
        doc: `${REFERENCE}/customtab`,
        attributes: { id: { required: true, check: maxLength(125) } },
        children: [
          many('Group', group, 0),
          one('Label', reference(`${REFERENCE}/customtab`, 'short string')),
          optional('InsertAfter', { doc: `${REFERENCE}/customtab`, text: maxLength(125) }),
          optional('InsertBefore', { doc: `${REFERENCE}/customtab`, text: maxLength(125) }),
        ],
      }),
    ],
  },
});
const customFunctions = extensionPoint({
  // https://learn.microsoft.com/javascript/api/manifest/extensionpoint#customfunctions
  CustomFunctions: {
    doc: `${REFERENCE}/extensionpoint#customfunctions`,
    children: [
      one('Script', sourceLocationReference(`${REFERENCE}/script`)),
      one('Page', sourceLocationReference(`${REFERENCE}/page`)),
      one('Metadata', sourceLocationReference(`${REFERENCE}/metadata`)),
      optional('Namespace', reference(`${REFERENCE}/namespace`, 'short string')),
    ],
  },
});

// https://learn.microsoft.com/javascript/api/manifest/host (in VersionOverrides, by xsi:type).
// The task pane hosts share one form; this add-in declares Workbook, as its own test checks.
const taskPaneHost: ElementRule = {
  doc: `${REFERENCE}/host`,
  children: [
    // https://learn.microsoft.com/javascript/api/manifest/runtimes
    optional('Runtimes', {
      doc: `${REFERENCE}/runtimes`,
      children: [
        many('Runtime', {
          doc: `${REFERENCE}/runtime`,
          attributes: {
            resid: { required: true, resource: 'url', check: maxLength(32) },
            lifetime: { check: oneOf('short', 'long') },
          },
        }),
      ],
    }),
    // https://learn.microsoft.com/javascript/api/manifest/allformfactors
    optional('AllFormFactors', {
      doc: `${REFERENCE}/allformfactors`,
      children: [many('ExtensionPoint', customFunctions)],
    }),
    // https://learn.microsoft.com/javascript/api/manifest/desktopformfactor
    one('DesktopFormFactor', {
      doc: `${REFERENCE}/desktopformfactor`,
      children: [
        // https://learn.microsoft.com/javascript/api/manifest/getstarted
        optional('GetStarted', {
          doc: `${REFERENCE}/getstarted`,
          children: [
            one('Title', reference(`${REFERENCE}/getstarted`, 'short string')),
            one('Description', reference(`${REFERENCE}/getstarted`, 'long string')),
            one('LearnMoreUrl', reference(`${REFERENCE}/getstarted`, 'url')),
          ],
        }),
        optional('FunctionFile', reference(`${REFERENCE}/functionfile`, 'url')),
        many('ExtensionPoint', commandSurfaces),
      ],
    }),
  ],
};

const overridesHost: ElementRule = {
  doc: `${REFERENCE}/host`,
  types: {
    Document: taskPaneHost,
    Notebook: taskPaneHost,
    Presentation: taskPaneHost,
    Workbook: taskPaneHost,
  },
};

// https://learn.microsoft.com/javascript/api/manifest/resources: ids ≤ 32 characters and
// unique; https URLs of at most 2048 characters; short strings ≤ 125, long strings ≤ 250.
const resource = (
  name: string,
  kind: ResourceKind,
  value: ValueCheck,
  doc: string,
): ElementRule => ({
  doc,
  namespace: BASIC_TYPES_NS,
  children: [
    many(name, {
      doc,
      attributes: {
        id: { required: true, declares: kind, check: maxLength(32) },
        DefaultValue: { required: true, check: value },
      },
      children: [override(value)],
    }),
  ],
});
const resources: ElementRule = {
  doc: `${REFERENCE}/resources`,
  children: [
    optional('Images', resource('Image', 'image', httpsUrl(2048), `${REFERENCE}/image`)),
    optional('Urls', resource('Url', 'url', httpsUrl(2048), `${REFERENCE}/url`)),
    optional(
      'ShortStrings',
      resource('String', 'short string', maxLength(125), `${REFERENCE}/string`),
    ),
    optional(
      'LongStrings',
      resource('String', 'long string', maxLength(250), `${REFERENCE}/string`),
    ),
  ],
};

// https://learn.microsoft.com/javascript/api/manifest/versionoverrides (TaskPane 1.0), children
// in the order of the ordering page's "Task pane add-in element ordering within VersionOverrides".
const versionOverrides: ElementRule = {
  doc: `${REFERENCE}/versionoverrides`,
  namespace: OVERRIDES_NS,
  types: {
    VersionOverridesV1_0: {
      doc: `${REFERENCE}/versionoverrides`,
      children: [
        optional('Description', reference(`${REFERENCE}/versionoverrides`, 'long string')),
        one('Hosts', { doc: `${REFERENCE}/hosts`, children: [many('Host', overridesHost)] }),
        optional('Resources', resources),
      ],
    },
  },
};

// https://learn.microsoft.com/javascript/api/manifest/requirements, .../sets, .../set
const requirements: ElementRule = {
  doc: `${REFERENCE}/requirements`,
  children: [
    optional('Sets', {
      doc: `${REFERENCE}/sets`,
      attributes: { DefaultMinVersion: { check: setVersion } },
      children: [
        many('Set', {
          doc: `${REFERENCE}/set`,
          attributes: {
            Name: {
              required: true,
              check: pattern(/^[A-Za-z][A-Za-z0-9]*$/, 'a requirement set name such as ExcelApi'),
            },
            MinVersion: { check: setVersion },
          },
        }),
      ],
    }),
  ],
};

// https://learn.microsoft.com/javascript/api/manifest/officeapp, order from the ordering page's
// "Basic task pane add-in element ordering"; lengths from each element's page.
const officeApp: ElementRule = {
  doc: `${REFERENCE}/officeapp`,
  namespace: OFFICE_APP_NS,
  types: {
    TaskPaneApp: {
      doc: `${REFERENCE}/officeapp`,
      children: [
        one('Id', { doc: `${REFERENCE}/id`, text: guid }),
        optional('AlternateId', { doc: `${REFERENCE}/alternateid`, text: maxLength(125) }),
        one('Version', { doc: `${REFERENCE}/version`, text: version }),
        // ProviderName is a ShortString: 1 to 125 characters.
        one('ProviderName', { doc: `${REFERENCE}/providername`, text: maxLength(125) }),
        one('DefaultLocale', { doc: `${REFERENCE}/defaultlocale`, text: cultureName }),
        one('DisplayName', setting(`${REFERENCE}/displayname`, maxLength(125))),
        one('Description', setting(`${REFERENCE}/description`, maxLength(250))),
        optional('IconUrl', setting(`${REFERENCE}/iconurl`, httpsUrl(2048))),
        optional(
          'HighResolutionIconUrl',
          setting(`${REFERENCE}/highresolutioniconurl`, httpsUrl(2048)),
        ),
        optional('SupportUrl', setting(`${REFERENCE}/supporturl`, httpsUrl(2048))),
        optional('AppDomains', {
          doc: `${REFERENCE}/appdomains`,
          children: [many('AppDomain', { doc: `${REFERENCE}/appdomain`, text: appDomain })],
        }),
        optional('Hosts', {
          doc: `${REFERENCE}/hosts`,
          children: [
            many('Host', {
              doc: `${REFERENCE}/host`,
              attributes: {
                Name: {
                  required: true,
                  check: oneOf(
                    'Document',
                    'Mailbox',
                    'Notebook',
                    'Presentation',
                    'Project',
                    'Workbook',
                    'Database',
                  ),
                },
              },
            }),
          ],
        }),
        optional('Requirements', requirements),
        // A task pane add-in must have DefaultSettings with its SourceLocation: https, ≤ 2018 characters.
        one('DefaultSettings', {
          doc: `${REFERENCE}/defaultsettings`,
          children: [one('SourceLocation', setting(`${REFERENCE}/sourcelocation`, httpsUrl(2018)))],
        }),
        // https://learn.microsoft.com/office/dev/add-ins/develop/requesting-permissions-for-api-use-in-content-and-task-pane-add-ins
        optional('Permissions', {
          doc: `${REFERENCE}/permissions`,
          text: oneOf(
            'Restricted',
            'ReadDocument',
            'ReadAllDocument',
            'WriteDocument',
            'ReadWriteDocument',
          ),
        }),
        optional('VersionOverrides', versionOverrides),
      ],
    },
  },
};

// ---- the walker ---------------------------------------------------------------------------

const isNamespaceDeclaration = (name: string) => name === 'xmlns' || name.startsWith('xmlns:');

interface Walk {
  readonly problems: ManifestProblem[];
  readonly declared: Map<string, { kind: ResourceKind; path: string }>;
  /** Per host and element name, each value that must be unique and where it was seen. */
  readonly unique: Map<string, Map<string, string>>;
  readonly references: Array<{ id: string; kind: ResourceKind; path: string }>;
}

function walk(
  element: XmlElement,
  given: ElementRule,
  namespace: string,
  path: string,
  state: Walk,
) {
  const report = (message: string, doc = given.doc) =>
    state.problems.push({ path, message: `${message} (${doc})` });
  const expectedNamespace = given.namespace ?? namespace;
  if (element.namespace !== expectedNamespace) {
    report(`is in namespace "${element.namespace}"; "${expectedNamespace}" is expected`);
  }

  let rule = given;
  const attributes: Record<string, AttributeRule> = { ...given.attributes };
  if (given.types) {
    const type = element.attributes['xsi:type'];
    const accepted = Object.keys(given.types);
    const typed = type === undefined ? undefined : given.types[type];
    if (!typed) {
      report(
        type === undefined
          ? `has no xsi:type; accepted: ${accepted.join(', ')}`
          : `xsi:type "${type}" is not accepted; accepted: ${accepted.join(', ')}`,
      );
      return;
    }
    rule = typed;
    Object.assign(attributes, { 'xsi:type': {} }, typed.attributes);
  }

  for (const [name, value] of Object.entries(element.attributes)) {
    if (isNamespaceDeclaration(name)) continue;
    const attribute = attributes[name];
    if (!attribute) {
      const accepted = Object.keys(attributes);
      report(
        `attribute ${name} is not accepted; ${accepted.length ? `accepted: ${accepted.join(', ')}` : 'it takes none'}`,
        rule.doc,
      );
      continue;
    }
    const wrong = attribute.check?.(value);
    if (wrong) report(`${name} ${wrong}`, rule.doc);
    if (attribute.resource) state.references.push({ id: value, kind: attribute.resource, path });
    if (attribute.declares) {
      const earlier = state.declared.get(value);
      if (earlier)
        report(
          `id "${value}" is already declared at ${earlier.path}; ids must be unique`,
          rule.doc,
        );
      else state.declared.set(value, { kind: attribute.declares, path });
    }
    if (attribute.uniqueAmong) {
      const host = /^.*?\/VersionOverrides\/Hosts\/Host(\[\d+\])?/.exec(path)?.[0] ?? '';
      const scope = `${host} ${attribute.uniqueAmong}`;
      const seen = state.unique.get(scope) ?? new Map<string, string>();
      state.unique.set(scope, seen);
      const earlier = seen.get(value);
      if (earlier)
        report(
          `${name} "${value}" is already used at ${earlier}; it must be unique among the ${attribute.uniqueAmong} elements of a host`,
          rule.doc,
        );
      else seen.set(value, path);
    }
  }
  for (const [name, attribute] of Object.entries(attributes)) {
    if (attribute.required && element.attributes[name] === undefined) {
      report(`attribute ${name} is missing`, rule.doc);
    }
  }

  const text = element.text.trim();
  if (rule.text) {
    const wrong = rule.text(text);
    if (wrong) report(`text ${wrong}`, rule.doc);
  } else if (text) {
    report(`takes no text, found ${JSON.stringify(text.slice(0, 40))}`, rule.doc);
  }

  walkChildren(element, rule, expectedNamespace, path, state);
}

function walkChildren(
  element: XmlElement,
  rule: ElementRule,
  namespace: string,
  path: string,
  state: Walk,
) {
  const sequence = rule.children ?? [];
  const accepted = sequence.length
    ? `accepted, in this order: ${sequence.map((c) => c.name).join(', ')}`
    : 'it takes no child elements';
  const counts = new Map<string, number>();
  const total = (name: string) => element.children.filter((c) => c.name === name).length;
  let position = 0;
  for (const child of element.children) {
    const seen = (counts.get(child.name) ?? 0) + 1;
    counts.set(child.name, seen);
    const childPath = `${path}/${child.name}${total(child.name) > 1 ? `[${seen}]` : ''}`;
    const at = sequence.findIndex((c, i) => i >= position && c.name === child.name);
    if (at === -1) {
      const earlier = sequence.findIndex((c) => c.name === child.name);
      const message =
        earlier === -1
          ? `is not accepted in ${element.name}; ${accepted}`
          : `is out of order: it must come before ${sequence[position]!.name}; ${accepted}`;
      state.problems.push({ path: childPath, message: `${message} (${rule.doc}, ${ORDER})` });
      continue;
    }
    position = at;
    const childRule = sequence[at]!;
    if (seen > (childRule.max ?? 1)) {
      state.problems.push({
        path: childPath,
        message: `${child.name} may appear at most ${childRule.max ?? 1} time(s) in ${element.name} (${rule.doc})`,
      });
    }
    walk(child, childRule.rule, namespace, childPath, state);
  }
  for (const childRule of sequence) {
    if ((counts.get(childRule.name) ?? 0) < childRule.min) {
      state.problems.push({
        path,
        message: `required child ${childRule.name} is missing; ${accepted} (${rule.doc})`,
      });
    }
  }
}

/** Every problem found in the manifest, in document order; empty when it passes. */
export function checkExcelManifest(root: XmlElement): ManifestProblem[] {
  const state: Walk = { problems: [], declared: new Map(), unique: new Map(), references: [] };
  if (root.name !== 'OfficeApp') {
    return [{ path: root.name, message: `the root element must be OfficeApp (${officeApp.doc})` }];
  }
  walk(root, officeApp, OFFICE_APP_NS, 'OfficeApp', state);
  for (const { id, kind, path } of state.references) {
    const declared = state.declared.get(id);
    if (!declared) {
      const candidates = [...state.declared].filter(([, d]) => d.kind === kind).map(([i]) => i);
      state.problems.push({
        path,
        message: `resid "${id}" names no ${kind} resource; declared ${kind}s: ${candidates.join(', ') || 'none'} (${REFERENCE}/resources)`,
      });
    } else if (declared.kind !== kind) {
      state.problems.push({
        path,
        message: `resid "${id}" names a ${declared.kind} resource; a ${kind} is expected here (${REFERENCE}/resources)`,
      });
    }
  }
  return state.problems;
}

/** Throws an ExcelManifestError listing every problem, one per line. */
export function assertValidExcelManifest(root: XmlElement): void {
  const problems = checkExcelManifest(root);
  if (problems.length === 0) return;
  throw new ExcelManifestError(
    `The Excel add-in manifest is not valid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
      problems.map((p) => `  ${p.path}: ${p.message}`).join('\n'),
  );
}
