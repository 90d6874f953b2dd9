/**
 * The zstd decoder's thread: decodes one File for the analyser worker, which parses the tar
 * and stores the pages meanwhile (src/lib/archive/zstd-elsewhere.ts), then ends.
 */
import { serveZstdDecoding, type PortLike } from '../src/lib/archive/zstd-elsewhere.ts';

void serveZstdDecoding(self as unknown as PortLike).then(() => self.close());
