import {
  DecoderUnavailableError,
  zstdChunksElsewhere,
  type ZstdElsewhere,
} from '../src/lib/archive/zstd-elsewhere.ts';
import { errorMessage } from '../src/lib/error-message.ts';
import { DECODE_WORKER, makeDecodeWorker } from './make-decode-worker.ts';

/**
 * A zstd decoder on a thread of its own for each compressed open, or undefined where no worker
 * can be started (Node). The thread ends with the pass. A thread that cannot be
 * started is a `DecoderUnavailableError`: the open then decodes on its own thread.
 */
export function zstdDecoderThread(): ZstdElsewhere | undefined {
  if (!DECODE_WORKER || typeof Worker === 'undefined') return undefined;
  return (blob, onBytes) => {
    let worker: Worker;
    try {
      worker = makeDecodeWorker();
    } catch (e) {
      return unavailable(errorMessage(e));
    }
    return zstdChunksElsewhere(blob, worker, { onBytes, close: () => worker.terminate() });
  };
}

// eslint-disable-next-line require-yield -- a stream that fails at once, like the thread did
async function* unavailable(why: string): AsyncGenerator<Uint8Array, void, undefined> {
  throw new DecoderUnavailableError(`the zstd decoder's thread could not start: ${why}`);
}
