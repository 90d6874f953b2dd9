/**
 * An eval-free stand-in for the global `Function` constructor, handed to the libyara-wasm
 * build (see scripts/gen-yara.mjs). Emscripten's embind glue in that build creates code from
 * strings in exactly two places, both at start-up while it registers the C++ bindings:
 *
 * 1. `createNamedFunction(name, body)`: `new Function('body', 'return function NAME() {…
 *    return body.apply(this, arguments) }')` — a named forwarder. Recreated here as a closure
 *    with the same name.
 * 2. `craftInvokerFunction`: `new_(Function, [closure names…, source])` — the JS side of a
 *    C++ function call: check the argument count, convert `this` and each argument to its wire
 *    type, call the wasm export, run destructors, convert the result back. Recreated here as
 *    one generic closure driven by the closure names and three facts read from the source
 *    (whether `this` is converted, whether a destructor stack is used, whether a value is
 *    returned), which is what Emscripten itself does when built without dynamic execution.
 *
 * Anything else asked of it throws: the page's CSP forbids eval, and so does this module.
 */

type Fn = (...args: unknown[]) => unknown;

interface WireType {
  toWireType(destructors: unknown[] | null, value: unknown): unknown;
  fromWireType(wire: unknown): unknown;
}

const FORWARDER =
  /^return function ([A-Za-z0-9_$]+)\(\) \{\n\s*"use strict";\s*return body\.apply\(this, arguments\);\n\};\n$/;
const INVOKER_NAME = /^return function ([A-Za-z0-9_$]+)\(/;
const INVOKER_HEAD = [
  'throwBindingError',
  'invoker',
  'fn',
  'runDestructors',
  'retType',
  'classParam',
];

function named<T extends Fn>(name: string, f: T): T {
  Object.defineProperty(f, 'name', { value: name });
  return f;
}

/** `new Function('body', forwarderSource)`: a function that builds a named forwarder. */
function forwarderFactory(name: string): Fn {
  return (body: unknown) =>
    named(name, function (this: unknown, ...args: unknown[]) {
      return (body as Fn).apply(this, args);
    });
}

/** The factory `craftInvokerFunction` applies to its closure values. */
function invokerFactory(names: string[], source: string): Fn {
  const fnName = INVOKER_NAME.exec(source)?.[1] ?? 'invoker';
  const argTypeSlots: number[] = [];
  const dtorSlots: Array<{ slot: number; of: 'this' | number }> = [];
  names.forEach((n, i) => {
    const arg = /^argType(\d+)$/.exec(n);
    if (arg) argTypeSlots[Number(arg[1])] = i;
    const dtor = /^(?:thisWired|arg(\d+)Wired)_dtor$/.exec(n);
    if (dtor) dtorSlots.push({ slot: i, of: dtor[1] === undefined ? 'this' : Number(dtor[1]) });
  });
  const converts = source.includes('var thisWired = classParam.toWireType(');
  const stack = source.includes('var destructors = [];');
  const returns = source.includes('var rv = invoker(');
  const argCount = argTypeSlots.length;
  return (...values: unknown[]) => {
    const throwBindingError = values[0] as Fn;
    const invoker = values[1] as Fn;
    const fn = values[2];
    const runDestructors = values[3] as Fn;
    const retType = values[4] as WireType;
    const classParam = values[5] as WireType;
    const argTypes = argTypeSlots.map((slot) => values[slot] as WireType);
    const dtors = dtorSlots.map((d) => ({ dtor: values[d.slot] as Fn, of: d.of }));
    return named(fnName, function (this: unknown, ...args: unknown[]) {
      if (args.length !== argCount) {
        throwBindingError(
          `function ${fnName} called with ${args.length} arguments, expected ${argCount} args!`,
        );
      }
      const destructors: unknown[] | null = stack ? [] : null;
      const wired: unknown[] = [];
      const thisWired = converts ? classParam.toWireType(destructors, this) : undefined;
      if (converts) wired.push(thisWired);
      for (let i = 0; i < argCount; i++) wired.push(argTypes[i].toWireType(destructors, args[i]));
      const rv = invoker(fn, ...wired);
      if (stack) runDestructors(destructors);
      else {
        for (const d of dtors)
          d.dtor(d.of === 'this' ? thisWired : wired[d.of + (converts ? 1 : 0)]);
      }
      return returns ? retType.fromWireType(rv) : undefined;
    });
  };
}

/**
 * Called as `new Function(...)` (createNamedFunction) or as `Function.apply(obj, [...])`
 * (embind's `new_`). Either way the last argument is the source, the others closure names.
 */
export const NoEvalFunction = function (...parts: unknown[]): Fn {
  const strings = parts.map(String);
  const source = strings[strings.length - 1] ?? '';
  const names = strings.slice(0, -1);
  const forwarder = names.length === 1 && names[0] === 'body' ? FORWARDER.exec(source) : null;
  if (forwarder) return forwarderFactory(forwarder[1]);
  if (INVOKER_HEAD.every((n, i) => names[i] === n) && INVOKER_NAME.test(source)) {
    return invokerFactory(names, source);
  }
  throw new EvalError('code generation from strings is not available (no eval under the CSP)');
} as unknown as FunctionConstructor;

// embind's `new_` checks `Function instanceof Function` before it applies it.
(NoEvalFunction as unknown as { prototype: unknown }).prototype = Function.prototype;
