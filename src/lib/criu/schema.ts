/**
 * The CRIU image schemas as data: compiled once from the protobufjs JSON descriptor
 * (`pbjs -t json --keep-case`) into resolved message/enum tables. The decoder, encoder and the
 * crit-style formatter all walk these tables; nothing here generates code, so it runs under a
 * CSP without `unsafe-eval`.
 */

/** The subset of the pbjs JSON descriptor format we read. */
export interface DescriptorNode {
  nested?: Record<string, DescriptorNode>;
  fields?: Record<string, DescriptorField>;
  values?: Record<string, number>;
  edition?: string;
  syntax?: string;
  options?: Record<string, unknown>;
}

export interface DescriptorField {
  type: string;
  id: number;
  rule?: string;
  keyType?: string;
  options?: Record<string, unknown>;
}

export type ScalarType =
  | 'double'
  | 'float'
  | 'int32'
  | 'uint32'
  | 'sint32'
  | 'fixed32'
  | 'sfixed32'
  | 'int64'
  | 'uint64'
  | 'sint64'
  | 'fixed64'
  | 'sfixed64'
  | 'bool'
  | 'string'
  | 'bytes';

const SCALARS = new Set<string>([
  'double',
  'float',
  'int32',
  'uint32',
  'sint32',
  'fixed32',
  'sfixed32',
  'int64',
  'uint64',
  'sint64',
  'fixed64',
  'sfixed64',
  'bool',
  'string',
  'bytes',
]);

/** Types whose values are bigint in decoded entries. */
export const INT64_TYPES = new Set<string>(['int64', 'uint64', 'sint64', 'fixed64', 'sfixed64']);

/** The `(criu).*` formatting hints crit uses in pretty mode. */
export interface CritHints {
  hex?: boolean;
  ipadd?: boolean;
  flags?: string;
  dev?: boolean;
  odev?: boolean;
  dict?: string;
  conv?: string;
}

export interface EnumSchema {
  kind: 'enum';
  name: string;
  byNumber: Map<number, string>;
  byName: Map<string, number>;
}

export interface FieldSchema {
  name: string;
  id: number;
  /** Scalar name, or 'message' / 'enum' with the resolved schema in `message` / `enumType`. */
  type: ScalarType | 'message' | 'enum';
  message?: MessageSchema;
  enumType?: EnumSchema;
  repeated: boolean;
  required: boolean;
  packed: boolean;
  hints: CritHints;
}

export interface MessageSchema {
  kind: 'message';
  name: string;
  /** In field-number order: the order crit (ListFields) prints and protobuf-c writes. */
  fields: FieldSchema[];
  byId: Map<number, FieldSchema>;
  byName: Map<string, FieldSchema>;
}

export class Schema {
  readonly #messages = new Map<string, MessageSchema>();
  readonly #enums = new Map<string, EnumSchema>();

  constructor(root: DescriptorNode) {
    const pending: Array<[string, DescriptorNode, MessageSchema]> = [];
    const walk = (prefix: string, node: DescriptorNode, edition: string | undefined): void => {
      for (const [name, child] of Object.entries(node.nested ?? {})) {
        // google.protobuf.* is only there for the option extension; CRIU images never use it.
        if (!prefix && name === 'google') continue;
        const full = prefix ? `${prefix}.${name}` : name;
        const ed = child.edition ?? child.syntax ?? edition;
        if (child.values) {
          const byName = new Map(Object.entries(child.values));
          const byNumber = new Map<number, string>();
          // First name wins for aliases, as protobuf's values_by_number does.
          for (const [n, v] of byName) if (!byNumber.has(v)) byNumber.set(v, n);
          this.#enums.set(full, { kind: 'enum', name: full, byName, byNumber });
        } else if (child.fields) {
          const msg: MessageSchema = {
            kind: 'message',
            name: full,
            fields: [],
            byId: new Map(),
            byName: new Map(),
          };
          this.#messages.set(full, msg);
          pending.push([full, { ...child, edition: ed }, msg]);
        }
        walk(full, child, ed);
      }
    };
    walk('', root, root.edition);
    for (const [full, node, msg] of pending) this.#fillFields(full, node, msg);
  }

  #fillFields(full: string, node: DescriptorNode, msg: MessageSchema): void {
    for (const [name, f] of Object.entries(node.fields ?? {})) {
      const opts = f.options ?? {};
      const field: FieldSchema = {
        name,
        id: f.id,
        type: 'message',
        repeated: f.rule === 'repeated',
        required: f.rule === 'required',
        packed: false,
        hints: readHints(opts),
      };
      if (SCALARS.has(f.type)) field.type = f.type as ScalarType;
      else {
        const target = this.#resolve(full, f.type);
        if (!target) throw new Error(`schema: ${full}.${name} has unknown type ${f.type}`);
        if (target.kind === 'enum') {
          field.type = 'enum';
          field.enumType = target;
        } else field.message = target;
      }
      const packable =
        field.type !== 'message' && field.type !== 'string' && field.type !== 'bytes';
      field.packed =
        field.repeated &&
        packable &&
        (opts.packed === true || (node.edition === 'proto3' && opts.packed !== false));
      msg.fields.push(field);
      msg.byId.set(field.id, field);
      msg.byName.set(name, field);
    }
    msg.fields.sort((a, b) => a.id - b.id);
  }

  /** Protobuf scoping: look the name up from the innermost scope outwards. */
  #resolve(scope: string, ref: string): MessageSchema | EnumSchema | undefined {
    if (ref.startsWith('.')) return this.#lookup(ref.slice(1));
    const parts = scope.split('.');
    for (let i = parts.length; i >= 0; i--) {
      const candidate = [...parts.slice(0, i), ref].join('.');
      const found = this.#lookup(candidate);
      if (found) return found;
    }
    return undefined;
  }

  #lookup(full: string): MessageSchema | EnumSchema | undefined {
    return this.#messages.get(full) ?? this.#enums.get(full);
  }

  /** A message by its proto name (`core_entry`) or full name (`criu.core_entry`). */
  message(name: string): MessageSchema | undefined {
    const direct = this.#messages.get(name);
    if (direct) return direct;
    for (const [full, m] of this.#messages) if (full.endsWith(`.${name}`)) return m;
    return undefined;
  }
}

function readHints(opts: Record<string, unknown>): CritHints {
  const hints: CritHints = {};
  for (const [key, value] of Object.entries(opts)) {
    // pbjs spells extension options `(criu).hex`; accept a nested `(criu)` object too.
    if (key === '(criu)' && value && typeof value === 'object') {
      Object.assign(hints, value);
    } else if (key.startsWith('(criu).')) {
      (hints as Record<string, unknown>)[key.slice('(criu).'.length)] = value;
    }
  }
  return hints;
}
