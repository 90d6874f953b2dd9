/** The hash worker's entry: nothing but exposing the API (`hash-api.ts`). */
import * as Comlink from 'comlink';
import { createHashApi } from './hash-api.ts';

Comlink.expose(createHashApi());
