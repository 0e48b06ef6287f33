package vpndoctor.model.config;

import vpndoctor.model.FactDoc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vpndoctor.model.Origin;
import vpndoctor.model.Side;

/**
 * An IPsec transform set (IKEv1) or IKEv2 ipsec-proposal. transforms are normalised and sorted:
 * esp-des, esp-3des, esp-aes-128, esp-aes-192, esp-aes-256, esp-null, esp-md5-hmac, esp-sha-hmac,
 * esp-sha256-hmac, ah-md5-hmac, ... For an IKEv2 proposal every item is an alternative the device
 * offers; for an IKEv1 set they are used together. mode = tunnel|transport. modeRequired: IOS "mode
 * transport require", which proposes transport only (plain "mode transport" falls back to tunnel).
 */
@FactDoc(value = "An IPsec transform set (IKEv1) or IKEv2 ipsec-proposal, transforms normalised and sorted (esp-aes-256, esp-sha-hmac, ...); mode tunnel|transport; modeRequired for IOS 'mode transport require' (no fallback to tunnel).",
        example = "TransformSet( side == Side.PEER, transforms contains \"esp-3des\" )")
public final class TransformSet extends ConfigFact {
    private final String name;
    private final List<String> transforms;
    private final int ikeVersion;
    private final String mode;
    private final boolean modeRequired;

    public TransformSet(String id, Side side, List<Origin> origins, String name, List<String> transforms, int ikeVersion, String mode) {
        this(id, side, origins, name, transforms, ikeVersion, mode, false);
    }

    public TransformSet(String id, Side side, List<Origin> origins, String name, List<String> transforms, int ikeVersion, String mode,
                        boolean modeRequired) {
        super(id, side, origins);
        this.name = nz(name);
        this.transforms = transforms.stream().sorted().distinct().toList();
        this.ikeVersion = ikeVersion;
        this.mode = mode == null || mode.isEmpty() ? "tunnel" : mode;
        this.modeRequired = modeRequired && "transport".equals(this.mode);
    }

    /**
     * Whether two sets can agree on a mode. IOS "mode transport" proposes transport and then tunnel, and
     * a responder with such a set accepts either; only "mode transport require" proposes and accepts
     * transport alone, so it fails against a tunnel-mode set (either side initiating).
     */
    public static boolean modesAgree(TransformSet a, TransformSet b) {
        if (a.modeRequired && "tunnel".equals(b.mode)) return false;
        return !(b.modeRequired && "tunnel".equals(a.mode));
    }

    /**
     * Transform words as a config line or IOS 'show crypto map' writes them ("esp-aes", "256",
     * "esp-256-aes", "esp-sha-hmac") to the names rules compare: "esp-aes" followed by a key size is
     * esp-aes-SIZE, without one esp-aes-128 (the IOS/ASA default); "esp-256-aes" (how IOS prints AES-256)
     * is esp-aes-256. One table for configs and show output, so the two compare alike.
     */
    public static List<String> normalise(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (int j = 0; j < words.size(); j++) {
            String t = words.get(j).toLowerCase(Locale.ROOT);
            if (t.matches("\\d+")) continue; // key size, consumed below
            if (t.equals("esp-aes")) {
                t = "esp-aes-" + (j + 1 < words.size() && words.get(j + 1).matches("\\d+") ? words.get(j + 1) : "128");
            } else if (t.matches("esp-(128|192|256)-aes")) {
                t = "esp-aes-" + t.substring(4, 7);
            }
            out.add(t);
        }
        return out;
    }

    /**
     * Whether this set holds exactly the transforms an IOS proposal names ("esp-aes 256 esp-sha256-hmac", as the
     * validate_proposal_request block prints them with its key size), in any order.
     */
    public boolean holdsProposal(String proposal) {
        if (proposal == null || proposal.isBlank()) return false;
        List<String> words = normalise(java.util.Arrays.asList(proposal.trim().split("\\s+")));
        return new java.util.HashSet<>(words).equals(new java.util.HashSet<>(transforms));
    }

    public String getName() { return name; }
    public List<String> getTransforms() { return transforms; }
    /** Transforms joined with spaces, handy for equality in rules. */
    public String getSignature() { return String.join(" ", transforms) + " " + getModeWords(); }
    public int getIkeVersion() { return ikeVersion; }
    public String getMode() { return mode; }
    @FactDoc("IOS 'mode transport require': transport only, no fallback to tunnel")
    public boolean isModeRequired() { return modeRequired; }
    /** The mode as the config writes it: "tunnel", "transport" or "transport require". */
    public String getModeWords() { return modeRequired ? mode + " require" : mode; }

    @Override public String describe() {
        return who() + (ikeVersion == 2 ? " IKEv2 ipsec-proposal " : " transform-set ") + name + " " + transforms + " mode " + getModeWords();
    }
}
