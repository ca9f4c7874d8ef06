package dev.tagbench.plugins.parquet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * Parquet's GZIP codec with the JDK's own zlib: no native library and no Hadoop codec classes. Every
 * reader supports GZIP; the fastest level keeps exports quick (the text columns are most of a file).
 * The JDK writes a fixed gzip header (no time, no name), so the same pages compress to the same bytes.
 */
final class GzipCodecFactory implements CompressionCodecFactory {

    @Override
    public BytesInputCompressor getCompressor(CompressionCodecName codec) {
        requireGzip(codec);
        return new BytesInputCompressor() {
            @Override
            public BytesInput compress(BytesInput bytes) throws IOException {
                var buffer = new ByteArrayOutputStream((int) Math.min(Integer.MAX_VALUE - 64, bytes.size() / 3 + 64));
                try (var gzip = new FastGzip(buffer)) {
                    bytes.writeAllTo(gzip);
                }
                return BytesInput.from(buffer.toByteArray());
            }

            @Override
            public CompressionCodecName getCodecName() {
                return CompressionCodecName.GZIP;
            }

            @Override
            public void release() {}
        };
    }

    @Override
    public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
        requireGzip(codec);
        return new BytesInputDecompressor() {
            @Override
            public BytesInput decompress(BytesInput bytes, int decompressedSize) throws IOException {
                try (var gzip = new GZIPInputStream(bytes.toInputStream())) {
                    return BytesInput.from(gzip.readNBytes(decompressedSize));
                }
            }

            @Override
            public void decompress(ByteBuffer input, int compressedSize, ByteBuffer output, int decompressedSize)
                    throws IOException {
                var compressed = new byte[compressedSize];
                input.get(compressed);
                output.put(decompress(BytesInput.from(compressed), decompressedSize)
                        .toByteBuffer());
            }

            @Override
            public void release() {}
        };
    }

    @Override
    public void release() {}

    private static void requireGzip(CompressionCodecName codec) {
        if (codec != CompressionCodecName.GZIP) {
            throw new IllegalArgumentException("only GZIP is configured, not " + codec);
        }
    }

    /** GZIP at the fastest level: a few per cent larger, several times quicker than the default. */
    private static final class FastGzip extends GZIPOutputStream {
        FastGzip(ByteArrayOutputStream out) throws IOException {
            super(out, 64 * 1024);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }
}
