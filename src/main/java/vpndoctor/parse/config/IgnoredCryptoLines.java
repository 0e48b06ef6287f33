package vpndoctor.parse.config;

/**
 * Crypto lines deliberately left out: PKI/CA blocks (certificate hex dumps), key generation,
 * engine and logging settings. Claiming them keeps certificate dumps from being
 * reported as hundreds of unparsed lines; their lines count as ignored.
 */
final class IgnoredCryptoLines implements TopicParser {
    @Override public boolean parse(Block b, ParseState st) {
        ConfigLine h = b.header;
        if (h.starts("crypto", "pki") || h.starts("crypto", "ca") || h.starts("crypto", "key")
                || h.starts("crypto", "engine") || h.starts("crypto", "logging")) {
            b.all().forEach(st::ignored);
            return true;
        }
        return false;
    }
}
