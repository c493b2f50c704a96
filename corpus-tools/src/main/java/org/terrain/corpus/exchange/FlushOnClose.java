package org.terrain.corpus.exchange;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A stream whose close only flushes: what writes into it (an XML writer, a zip, a workbook) may close it, while the
 * stream beneath — an open zip entry, the export's file channel — stays its owner's to close.
 */
final class FlushOnClose extends FilterOutputStream {
    FlushOnClose(OutputStream out) {
        super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
