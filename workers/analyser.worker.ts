/**
 * The analyser worker's entry: nothing but exposing the API. All logic is in `api.ts`, which
 * tests call directly in Node without a Worker.
 */
import * as Comlink from 'comlink';
import { createAnalyserApi } from './api.ts';

Comlink.expose(createAnalyserApi());
