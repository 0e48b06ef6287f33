package vpndoctor.model.config;

import vpndoctor.model.FactDoc;

import java.util.List;

import vpndoctor.model.Origin;
import vpndoctor.model.Side;

/**
 * One crypto map entry, assembled from all lines naming (map, seq). For a static map entry
 * dynamicRef = true when it is "crypto map M N ipsec-isakmp dynamic DYN" (dynamicMapName = DYN);
 * entries of "crypto dynamic-map DYN N" have dynamicMapEntry = true and map = DYN.
 * pfsGroup 0 = no PFS; lifetimeSeconds 0 = not set (global default applies).
 * clientAuth/clientConfig: the map has xauth ("client authentication") / mode-config.
 */
@FactDoc(value = "One crypto map entry, assembled from every line naming (map, seq): match ACL, peers, transform sets, PFS group (0 = none), lifetime (0 = default); dynamicRef/dynamicMapEntry for dynamic maps; complete = has peer, match address and transform set.",
        example = "$m : CryptoMapEntry( side == Side.LOCAL, !complete, $missing : missing )")
public final class CryptoMapEntry extends ConfigFact {
    private final String map;
    private final int seq;
    private final String matchAcl;
    private final List<String> peers;
    private final List<String> transformSets;
    private final int pfsGroup;
    private final boolean dynamicRef;
    private final String dynamicMapName;
    private final boolean dynamicMapEntry;
    private final boolean clientAuth;
    private final boolean clientConfig;
    private final long lifetimeSeconds;

    public CryptoMapEntry(String id, Side side, List<Origin> origins, String map, int seq, String matchAcl,
                          List<String> peers, List<String> transformSets, int pfsGroup, boolean dynamicRef,
                          String dynamicMapName, boolean dynamicMapEntry, boolean clientAuth, boolean clientConfig,
                          long lifetimeSeconds) {
        super(id, side, origins);
        this.map = nz(map);
        this.seq = seq;
        this.matchAcl = nz(matchAcl);
        this.peers = List.copyOf(peers);
        this.transformSets = List.copyOf(transformSets);
        this.pfsGroup = pfsGroup;
        this.dynamicRef = dynamicRef;
        this.dynamicMapName = nz(dynamicMapName);
        this.dynamicMapEntry = dynamicMapEntry;
        this.clientAuth = clientAuth;
        this.clientConfig = clientConfig;
        this.lifetimeSeconds = lifetimeSeconds;
    }

    public String getMap() { return map; }
    public int getSeq() { return seq; }
    public String getMatchAcl() { return matchAcl; }
    public boolean hasMatchAcl() { return !matchAcl.isEmpty(); }
    public List<String> getPeers() { return peers; }
    public boolean hasPeer(String address) { return peers.contains(address); }
    public List<String> getTransformSets() { return transformSets; }
    public int getPfsGroup() { return pfsGroup; }
    public boolean isPfs() { return pfsGroup != 0; }
    public boolean isDynamicRef() { return dynamicRef; }
    public String getDynamicMapName() { return dynamicMapName; }
    public boolean isDynamicMapEntry() { return dynamicMapEntry; }
    public boolean isClientAuth() { return clientAuth; }
    public boolean isClientConfig() { return clientConfig; }
    public long getLifetimeSeconds() { return lifetimeSeconds; }

    /** A static entry the device will use needs a peer, a match ACL and a transform set. */
    public boolean isComplete() {
        if (dynamicRef) return !dynamicMapName.isEmpty();
        if (dynamicMapEntry) return !transformSets.isEmpty();
        return !peers.isEmpty() && !matchAcl.isEmpty() && !transformSets.isEmpty();
    }
    /** What a static entry lacks, e.g. "set peer, match address"; "" when complete. */
    public String getMissing() {
        if (dynamicRef || dynamicMapEntry) return isComplete() ? "" : dynamicRef ? "dynamic map name" : "set transform-set";
        StringBuilder sb = new StringBuilder();
        if (peers.isEmpty()) sb.append("set peer");
        if (matchAcl.isEmpty()) sb.append(sb.length() > 0 ? ", " : "").append("match address");
        if (transformSets.isEmpty()) sb.append(sb.length() > 0 ? ", " : "").append("set transform-set");
        return sb.toString();
    }

    @Override public String describe() {
        String kind = dynamicMapEntry ? "dynamic-map " : "crypto map ";
        if (dynamicRef) return who() + " crypto map " + map + " " + seq + " -> dynamic-map " + dynamicMapName;
        return who() + " " + kind + map + " " + seq + ": peer " + (peers.isEmpty() ? "(none)" : String.join(" ", peers))
                + ", match " + (matchAcl.isEmpty() ? "(none)" : matchAcl) + ", transform-set " + (transformSets.isEmpty() ? "(none)" : String.join(" ", transformSets))
                + (pfsGroup != 0 ? ", pfs group" + pfsGroup : "") + (clientAuth ? ", xauth" : "") + (clientConfig ? ", mode-config" : "");
    }
}
