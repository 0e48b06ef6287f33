package vpndoctor.parse.log;

import static vpndoctor.model.EventKind.*;

import java.util.List;

/**
 * IOS "debug crypto pki" lines ("CRYPTO_PKI: (A16A8) No suitable trustpoints found"): the PKI's own
 * account of checking a peer's certificate while IKE authenticates it. Only its verdict is read; the
 * steps before it (the issuer is no trustpoint, so IOS looks up the chain the peer sent) are no failure:
 * a peer that sends its intermediate CA passes them and the tunnel comes up.
 */
final class PkiDebugRules {
    private PkiDebugRules() {}

    static final List<Rule> RULES = List.of(
        // no trustpoint holds the issuer of the peer's certificate, nor a chain up to one (Cisco 117337: an ASA
        // that does not send its intermediate CA; or the CA is not installed on this router)
        Rule.of("no suitable trustpoint", CERT_AUTH_FAILED, "detail", "no trustpoint for the issuer of the peer's certificate (PKI debug)"),
        Rule.of("no trust point for cert issuer", IKE_TRACE, "step", "PKI: the issuer is no trustpoint, looking up the peer's chain"),
        Rule.of("unable to locate cert record by issuer", IKE_TRACE, "step", "PKI: issuer lookup")
    );

    /** The line is a "debug crypto pki" line ("CRYPTO_PKI: ..." or "CRYPTO_PKI : ..."), whatever envelope is left before it. */
    static boolean isPkiDebug(String t) {
        return t.contains("CRYPTO_PKI");
    }
}
